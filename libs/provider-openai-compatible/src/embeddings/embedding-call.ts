import type OpenAI from 'openai';
import { type GatewayMetadata, issuePaths, ProviderError, type Usage } from '@modelgate/provider-contracts';
import { type CallScope } from '../call-scope';
import { readJsonBody, requestOptions, type ResponseInspector } from '../model-call';
import { normaliseUsage } from '../usage';
import { decodeVector, WireEmbeddingResponse } from './embedding-wire';

/** The body of one batch: the SDK's params, and the gateway's own fields beside them. */
export type EmbeddingBody = OpenAI.EmbeddingCreateParams & { metadata?: Record<string, unknown> };

/** What one batch gave back: a vector per input, in the batch's order, and what the answer said beside them. */
export interface BatchOutput {
  vectors: number[][];
  usage: Usage | null;
  /** `usage.cost`, when the server puts one there. */
  usageCostUsd: number | null;
  /** `x-litellm-response-cost`, when the server sends one. */
  headerCostUsd: number | null;
  gateway: GatewayMetadata;
}

/** What every batch request of a call carries beside its body: the call's own key and its trace context, when it has them. */
export interface BatchSent {
  apiKey: string | undefined;
  headers: Record<string, string> | undefined;
}

/** One batch over the wire. `signal` ends this request alone (a sibling batch failed); `scope` ends the call. */
export type BatchCaller = (body: EmbeddingBody, scope: CallScope, signal: AbortSignal, sent: BatchSent) => Promise<BatchOutput>;

function invalid(message: string): ProviderError {
  return new ProviderError({ code: 'invalid_response', message });
}

/** The answer's vectors in input order (by `index`, else by position), each decoded, all present. */
function vectorsOf(data: WireEmbeddingResponse['data'], expected: number): number[][] {
  if (data.length !== expected) throw invalid(`The embeddings answer has ${data.length} vectors for ${expected} inputs`);
  const vectors = new Array<number[] | undefined>(expected);
  for (const [position, item] of data.entries()) {
    const index = item.index ?? position;
    if (index >= expected || vectors[index] !== undefined) throw invalid(`The embeddings answer repeats or overruns index ${index}`);
    const vector = decodeVector(item.embedding);
    if (vector === null) throw invalid(`The embeddings answer's vector ${index} is not whole float32s of base64`);
    vectors[index] = vector;
  }
  return vectors as number[][];
}

/**
 * Embeddings through the SDK's `embeddings.create` (auth, retries before the first byte, error statuses are
 * its job); the body is read here, as for a plain chat, so the headers are inspected and a body cut short is
 * told apart from one that is not JSON. base64 is asked for on the wire: a quarter of the bytes of decimal
 * floats, decoded here (the SDK decodes only when it chose the format itself, which `asResponse` bypasses).
 */
export function embeddingCaller(client: OpenAI, inspect: ResponseInspector): BatchCaller {
  return async function callBatch(body, scope, signal, sent) {
    const options = { ...requestOptions(scope, sent.apiKey, sent.headers), signal };
    const response = await scope.race(client.embeddings.create(body, options).asResponse());
    const { gateway, costUsd } = inspect(response.headers);
    const json = await readJsonBody(response, 'an embeddings answer');
    const parsed = WireEmbeddingResponse.safeParse(json);
    if (!parsed.success) throw invalid(`The embeddings answer has an unexpected shape at ${issuePaths(parsed.error)}`);
    const inputs = Array.isArray(body.input) ? body.input.length : 1;
    const usage = parsed.data.usage ?? null;
    return {
      vectors: vectorsOf(parsed.data.data, inputs),
      usage: usage === null ? null : normaliseUsage(usage),
      usageCostUsd: usage?.cost ?? null,
      headerCostUsd: costUsd,
      gateway,
    };
  };
}
