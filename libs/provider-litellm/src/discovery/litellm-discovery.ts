import {
  issuePaths,
  type DiscoveryReport,
  type DiscoveryStatus,
  type Logger,
  type ModelDiscovery,
  type ModelInfo,
  type ProviderError,
  type ProviderErrorCode,
} from '@modelgate/provider-contracts';
import { type LiteLLMConfig } from '../litellm-config';
import { litellmDefinition } from '../litellm-definition';
import { getJson, type JsonOutcome } from './get-json';
import { isChatModel, isWildcardRoute, toModelInfo } from './to-model-info';
import { ModelInfoResponse, ModelListResponse, type WireModelInfo } from './wire-schemas';

type Failure = { status: Exclude<DiscoveryStatus, 'ready' | 'empty'>; code: ProviderErrorCode; message: string };

/**
 * Asks the proxy which models it serves: `/v1/models` for the ids the key may use, `/model/info` (in
 * parallel) for modes, context windows, prices and capabilities. `/model/info` is optional: some keys get
 * 403 there (LiteLLM issues #32443, #37810), old proxies 404; the ids alone are still a success.
 */
export class LiteLLMDiscovery implements ModelDiscovery {
  readonly providerId = litellmDefinition.id;

  constructor(
    private readonly config: LiteLLMConfig,
    private readonly logger: Logger,
  ) {}

  async discover(options: { signal?: AbortSignal } = {}): Promise<DiscoveryReport> {
    const request = { apiKey: this.config.apiKey, timeoutMs: this.config.discoveryTimeoutMs, signal: options.signal };
    const [list, info] = await Promise.all([
      getJson(`${this.config.baseUrl}/v1/models`, request),
      getJson(`${this.config.baseUrl}/model/info`, request),
    ]);
    const ids = this.readModelList(list);
    if ('status' in ids) return this.report(ids.status, [], false, ids);
    const details = this.readModelInfo(info);
    const models = this.buildModels(ids.ids, details);
    return this.report(models.length > 0 ? 'ready' : 'empty', models, details !== null, null);
  }

  private readModelList(outcome: JsonOutcome): { ids: string[] } | Failure {
    switch (outcome.kind) {
      case 'failed':
        return failure(outcome.error);
      case 'http-error':
        return httpFailure(outcome.status);
      case 'not-json':
        return {
          status: 'misconfigured',
          code: 'misconfigured',
          message: '/v1/models did not answer JSON: the base URL does not look like a LiteLLM proxy',
        };
      case 'bad-json':
        return { status: 'invalid_response', code: 'invalid_response', message: '/v1/models answered malformed JSON' };
      case 'json': {
        const parsed = ModelListResponse.safeParse(outcome.body);
        if (!parsed.success) {
          return {
            status: 'invalid_response',
            code: 'invalid_response',
            message: `/v1/models answered an unexpected shape at ${issuePaths(parsed.error)}`,
          };
        }
        return { ids: [...new Set(parsed.data.data.map((model) => model.id))] };
      }
    }
  }

  /** Deployments per public model name, or null when the key may not read `/model/info`. */
  private readModelInfo(outcome: JsonOutcome): Map<string, WireModelInfo[]> | null {
    const parsed = outcome.kind === 'json' ? ModelInfoResponse.safeParse(outcome.body) : null;
    if (!parsed?.success) {
      const reason = outcome.kind === 'http-error' ? `HTTP ${outcome.status}` : outcome.kind;
      this.logger.info({ provider: this.providerId, reason }, 'model info unavailable; using model ids only');
      return null;
    }
    const byName = new Map<string, WireModelInfo[]>();
    for (const entry of parsed.data.data) {
      if (!entry.model_info) continue;
      const deployments = byName.get(entry.model_name) ?? [];
      deployments.push(entry.model_info);
      byName.set(entry.model_name, deployments);
    }
    return byName;
  }

  private buildModels(ids: readonly string[], details: Map<string, WireModelInfo[]> | null): ModelInfo[] {
    const { id: providerId, modelPrefix } = litellmDefinition;
    return ids
      .filter((id) => !isWildcardRoute(id))
      .map((id) => toModelInfo(providerId, modelPrefix, id, details?.get(id) ?? []))
      .filter(isChatModel);
  }

  private report(
    status: DiscoveryStatus,
    models: ModelInfo[],
    enriched: boolean,
    error: Failure | null,
  ): DiscoveryReport {
    if (error) this.logger.warn({ provider: this.providerId, status, code: error.code }, error.message);
    return {
      provider: this.providerId,
      status,
      models,
      error: error ? { code: error.code, message: error.message } : null,
      fetchedAt: new Date().toISOString(),
      enriched,
    };
  }
}

function failure(error: ProviderError): Failure {
  const status = error.code === 'unreachable' || error.code === 'timeout' || error.code === 'aborted' ? 'unreachable' : 'invalid_response';
  return { status, code: error.code, message: error.message };
}

function httpFailure(status: number): Failure {
  if (status === 401 || status === 403) {
    return { status: 'unauthorized', code: status === 401 ? 'unauthorized' : 'forbidden', message: `The proxy refused the key (HTTP ${status})` };
  }
  if (status === 404) {
    return { status: 'misconfigured', code: 'misconfigured', message: '/v1/models not found (HTTP 404): check the base URL' };
  }
  return { status: 'unreachable', code: 'upstream', message: `The proxy failed to list models (HTTP ${status})` };
}
