/**
 * The names modelgate's spans and metrics use, from the OpenTelemetry GenAI semantic conventions v1.41.0
 * (development status: names may still change upstream, so they are pinned here, in one place), plus
 * modelgate's own under `modelgate.*`.
 */
export const SEMCONV_VERSION = '1.41.0';

export const ATTR = {
  operationName: 'gen_ai.operation.name',
  providerName: 'gen_ai.provider.name',
  requestModel: 'gen_ai.request.model',
  requestMaxTokens: 'gen_ai.request.max_tokens',
  requestTemperature: 'gen_ai.request.temperature',
  requestChoiceCount: 'gen_ai.request.choice.count',
  outputType: 'gen_ai.output.type',
  responseModel: 'gen_ai.response.model',
  responseFinishReasons: 'gen_ai.response.finish_reasons',
  usageInputTokens: 'gen_ai.usage.input_tokens',
  usageOutputTokens: 'gen_ai.usage.output_tokens',
  tokenType: 'gen_ai.token.type',
  inputMessages: 'gen_ai.input.messages',
  outputMessages: 'gen_ai.output.messages',
  embeddingsDimensionCount: 'gen_ai.embeddings.dimension.count',
  toolName: 'gen_ai.tool.name',
  toolType: 'gen_ai.tool.type',
  toolCallId: 'gen_ai.tool.call.id',
  toolCallArguments: 'gen_ai.tool.call.arguments',
  toolCallResult: 'gen_ai.tool.call.result',
  errorType: 'error.type',
  serverAddress: 'server.address',
  serverPort: 'server.port',
  /** The prefixed model id the application asked for (`litellm/gpt-4o-mini`). */
  model: 'modelgate.model',
  turn: 'modelgate.turn',
  turns: 'modelgate.turns',
  costUsd: 'modelgate.cost.usd',
  costSource: 'modelgate.cost.source',
  /** Requests an embedding call's inputs were split into. */
  batches: 'modelgate.embeddings.batches',
  /** The gateway's id of the call (`x-litellm-call-id`), to find it in the proxy's own logs. */
  gatewayCallId: 'modelgate.gateway.call_id',
  discoveryStatus: 'modelgate.discovery.status',
  discoveryModels: 'modelgate.discovery.models',
} as const;

export const METRIC = {
  operationDuration: 'gen_ai.client.operation.duration',
  tokenUsage: 'gen_ai.client.token.usage',
  timeToFirstChunk: 'gen_ai.client.operation.time_to_first_chunk',
} as const;

/** The conventions' ExplicitBucketBoundaries, given to the SDK as advice. */
export const BUCKETS = {
  operationDuration: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
  tokenUsage: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
  timeToFirstChunk: [
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5,
    0.75, 1, 2, 5,
  ],
} as const;
