import {
  embeddingInputs,
  type EmbeddingRequest,
  type EmbeddingResult,
  EMPTY_GATEWAY_METADATA,
  isProviderError,
  type ModelPricing,
  ProviderError,
  wireMetadata,
} from '@modelgate/provider-contracts';
import { type CallScope } from '../call-scope';
import { CallTiming } from '../call-timing';
import { pricedByInputTokens, resolveCost } from '../cost';
import { sumUsage } from '../usage';
import { type Batch, type BatchLimits, planBatches } from './batch-plan';
import { type BatchCaller, type BatchOutput, type BatchSent, type EmbeddingBody } from './embedding-call';

export interface EmbeddingContext {
  /** Parsed at the entry. */
  request: EmbeddingRequest;
  provider: string;
  /** The model's id as the server knows it (prefix stripped). */
  providerModel: string;
  /** The call's own key (from its credentials; the client's otherwise) and its trace headers. */
  sent: BatchSent;
  pricing: ModelPricing;
  limits: BatchLimits;
  /** Batches in flight at once. */
  concurrency: number;
  callBatch: BatchCaller;
  scope: CallScope;
}

function bodyFor(context: EmbeddingContext, texts: string[]): EmbeddingBody {
  const { request, providerModel } = context;
  const metadata = wireMetadata(request);
  return {
    model: providerModel,
    input: texts,
    encoding_format: 'base64',
    ...(request.dimensions !== undefined && { dimensions: request.dimensions }),
    ...(request.user !== undefined && { user: request.user }),
    ...(metadata !== undefined && { metadata }),
  };
}

/** The batch's failure, saying which inputs it held; the code, status and retry advice stay the cause's. */
function batchFailure(error: unknown, batch: Batch, batches: number, inputs: number): unknown {
  if (!isProviderError(error) || batches === 1) return error;
  const which = `inputs ${batch.start}-${batch.end - 1} of ${inputs} (batch ${batch.number} of ${batches})`;
  return new ProviderError({ ...error.toJSON(), message: `Embedding ${which} failed: ${error.message}`, cause: error });
}

/**
 * Vectors for every input: the inputs go in batches (`planBatches`), at most `concurrency` at once, each
 * through the SDK with its retries, and the vectors are put back in input order. The first batch to fail
 * fails the call, saying which inputs it held; the batches still in flight are cancelled and no more start.
 * Usage sums every batch; cost takes the best source every batch has (header, usage field, input tokens x
 * the input price), else unknown.
 */
export async function runEmbedding(context: EmbeddingContext): Promise<EmbeddingResult> {
  const { request, scope } = context;
  const texts = embeddingInputs(request);
  const batches = planBatches(texts, context.limits);
  const timing = new CallTiming();
  const outputs = new Array<BatchOutput | undefined>(batches.length);
  const vectors = new Array<number[]>(texts.length);
  const siblingFailed = new AbortController();
  const signal = AbortSignal.any([scope.signal, siblingFailed.signal]);
  let failure: { error: unknown } | null = null;
  let next = 0;
  let gateway = EMPTY_GATEWAY_METADATA;

  async function worker(): Promise<void> {
    while (failure === null && next < batches.length) {
      const batch = batches[next++] as Batch;
      const startMs = timing.now();
      try {
        const output = await context.callBatch(bodyFor(context, texts.slice(batch.start, batch.end)), scope, signal, context.sent);
        timing.markFirstToken();
        timing.segment('model', request.model, batch.number, startMs);
        outputs[batch.number - 1] = output;
        for (const [offset, vector] of output.vectors.entries()) vectors[batch.start + offset] = vector;
        gateway = output.gateway;
      } catch (error) {
        // Siblings cancelled because of the first failure fail too; only the first one is the call's.
        if (failure === null) {
          failure = { error: batchFailure(error, batch, batches.length, texts.length) };
          siblingFailed.abort();
        }
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(context.concurrency, batches.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  const done = outputs as BatchOutput[];
  const dimensions = vectors[0]?.length ?? 0;
  const uneven = vectors.findIndex((vector) => vector.length !== dimensions);
  if (uneven !== -1) {
    const message = `The embeddings answer's vector ${uneven} has ${vectors[uneven]?.length} dimensions, not ${dimensions}`;
    throw new ProviderError({ code: 'invalid_response', message });
  }
  const costTurns = done.map(({ headerCostUsd, usageCostUsd, usage }) => ({ headerUsd: headerCostUsd, usageUsd: usageCostUsd, usage }));
  return {
    embeddings: vectors,
    dimensions,
    usage: sumUsage(done.map((output) => output.usage)),
    cost: resolveCost(costTurns, context.pricing, pricedByInputTokens),
    timing: timing.timing(),
    model: request.model,
    provider: context.provider,
    batches: batches.length,
    gateway,
  };
}
