import { z } from 'zod';
import {
  compileLenientParse,
  type DiscoveryStatus,
  issuePaths,
  type ProviderError,
  type ProviderErrorCode,
} from '@modelgate/provider-contracts';
import { type JsonOutcome } from './get-json';

/**
 * `GET /v1/models`: the ids the key may use. Servers add fields of their own (vLLM: `max_model_len`,
 * `root`), kept on each entry for the provider's `describe`.
 */
export const ModelListResponse = z.looseObject({
  data: z.array(z.looseObject({ id: z.string().min(1) })),
});
export type ListedModel = z.infer<typeof ModelListResponse>['data'][number];

/** A well-formed list of thousands of ids is used as it is instead of copied entry by entry. */
const parseModelList = compileLenientParse(ModelListResponse);

/** Why there is no model list: the report's status and the error it carries. */
export interface ListFailure {
  status: Exclude<DiscoveryStatus, 'ready' | 'empty'>;
  code: ProviderErrorCode;
  message: string;
  /** The HTTP status the server answered with, when it answered. */
  httpStatus: number | null;
}

/** The list's entries, one per id (first wins), or why there are none. `serverName` goes into messages. */
export function readModelList(outcome: JsonOutcome, serverName: string): { models: ListedModel[] } | ListFailure {
  switch (outcome.kind) {
    case 'failed':
      return fetchFailure(outcome.error);
    case 'http-error':
      return httpFailure(outcome.status, outcome.error, serverName);
    case 'not-json':
      return {
        status: 'misconfigured',
        code: 'misconfigured',
        message: `/v1/models did not answer JSON: the base URL does not look like a ${serverName} server`,
        httpStatus: outcome.status,
      };
    case 'bad-json':
      return { status: 'invalid_response', code: 'invalid_response', message: '/v1/models answered malformed JSON', httpStatus: outcome.status };
    case 'json': {
      const parsed = parseModelList(outcome.body);
      if (!parsed.success) {
        return {
          status: 'invalid_response',
          code: 'invalid_response',
          message: `/v1/models answered an unexpected shape at ${issuePaths(parsed.error)}`,
          httpStatus: outcome.status,
        };
      }
      const seen = new Set<string>();
      const models: ListedModel[] = [];
      for (const model of parsed.data.data) {
        if (seen.has(model.id)) continue;
        seen.add(model.id);
        models.push(model);
      }
      return { models };
    }
  }
}

function fetchFailure(error: ProviderError): ListFailure {
  const down = error.code === 'unreachable' || error.code === 'timeout' || error.code === 'aborted';
  return { status: down ? 'unreachable' : 'invalid_response', code: error.code, message: error.message, httpStatus: null };
}

function httpFailure(status: number, error: ProviderError, serverName: string): ListFailure {
  if (error.code === 'unauthorized' || error.code === 'forbidden') {
    return {
      status: 'unauthorized',
      code: error.code,
      message: `The ${serverName} server refused the key (HTTP ${status})`,
      httpStatus: status,
    };
  }
  if (status === 404) {
    return { status: 'misconfigured', code: 'misconfigured', message: '/v1/models not found (HTTP 404): check the base URL', httpStatus: status };
  }
  return { status: 'unreachable', code: 'upstream', message: `The ${serverName} server failed to list models (HTTP ${status})`, httpStatus: status };
}
