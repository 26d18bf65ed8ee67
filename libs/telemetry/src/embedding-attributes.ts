import { type EmbeddingRequest, type EmbeddingResult } from '@modelgate/provider-contracts';
import { type ChatTarget, operationStart } from './chat-attributes';
import { type OperationOutcome, type OperationStart } from './operation-trace';
import { ATTR } from './semconv';

/** An embedding call as its span starts: `embeddings {model}`, never streamed. */
export function embeddingStart(request: EmbeddingRequest, target: Omit<ChatTarget, 'streaming'>): OperationStart {
  const { dimensions } = request;
  return operationStart('embeddings', request.model, { ...target, streaming: false }, () =>
    dimensions === undefined ? {} : { [ATTR.embeddingsDimensionCount]: dimensions },
  );
}

/** An embedding result as its span and metrics take it: input tokens (an embedding has no output), cost, size. */
export function embeddingOutcome(result: EmbeddingResult): OperationOutcome {
  return {
    usage: { inputTokens: result.usage.inputTokens, outputTokens: null },
    timeToFirstChunkMs: null,
    attributes: () => ({
      [ATTR.embeddingsDimensionCount]: result.dimensions,
      [ATTR.costSource]: result.cost.source,
      ...(result.cost.usd !== null && { [ATTR.costUsd]: result.cost.usd }),
      ...(result.gateway.callId !== null && { [ATTR.gatewayCallId]: result.gateway.callId }),
      [ATTR.batches]: result.batches,
    }),
  };
}
