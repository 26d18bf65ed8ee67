import { type ModelRegistry } from '@modelgate/model-registry';
import {
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  type EmbeddingRequest,
  type EmbeddingResult,
  EMPTY_GATEWAY_METADATA,
  type Logger,
  type Provider,
  type ProviderDefinition,
  SILENT_LOGGER,
  type StreamEvent,
  type ToolExecutor,
  type ProviderError,
} from '@modelgate/provider-contracts';
import { CallScope } from './call-scope';
import { type Backpressure, EventStream } from './chat-stream';
import { type OpenAICompatibleConfig } from './config';
import { toProviderError } from './error-mapping';
import { type ModelCaller, plainCaller, type ResponseInspector, streamingCaller } from './model-call';
import { type ServerHooks } from './server-hooks';
import { createOpenAIClient } from './openai-client';
import { embeddingCaller } from './embeddings/embedding-call';
import { runEmbedding } from './embeddings/run-embedding';
import { assertModelTakes } from './model-fitness';
import { openAITurns, type TurnTarget } from './openai-turn';
import { runToolLoop } from './tool-loop';

export interface OpenAICompatibleProviderOptions extends ServerHooks {
  definition: ProviderDefinition;
  /** Parsed with `OpenAICompatibleConfig`. */
  config: OpenAICompatibleConfig;
  registry: ModelRegistry;
  /** Runs the tools models ask for; without one, every tool call goes back to the model as an error. */
  toolExecutor?: ToolExecutor;
  logger?: Logger;
}

const NO_INSPECTION: ResponseInspector = () => ({ gateway: EMPTY_GATEWAY_METADATA, costUsd: null });
const DROP_EVENTS = (): void => undefined;
const DEFAULT_EMBEDDING_BATCH_SIZE = 2048;
const DEFAULT_EMBEDDING_CONCURRENCY = 4;

/**
 * A provider for any OpenAI-compatible server (LiteLLM, vLLM...) over the official `openai` SDK: one SDK
 * client for the configuration, the tool loop, usage, cost, timing and error mapping. Servers differ only
 * by configuration and their hooks (`ServerHooks`): what the engine knows is OpenAI-compatible behaviour.
 */
export function createOpenAICompatibleProvider(options: OpenAICompatibleProviderOptions): Provider {
  const { definition, config, registry } = options;
  const logger = options.logger ?? SILENT_LOGGER;
  const inspect = options.inspectResponse ?? NO_INSPECTION;
  const classifyError = options.classifyError ?? null;
  const client = createOpenAIClient(config, logger, definition.id, options);
  const callPlain = plainCaller(client, inspect, classifyError);
  const callStreaming = streamingCaller(client, inspect, classifyError);
  const callBatch = embeddingCaller(client, inspect);

  const target = (request: ChatRequest): TurnTarget => ({
    provider: definition.id,
    providerModel: registry.toProviderModelName(request.model),
    modelInfo: registry.getModel(request.model),
  });

  /**
   * The call, start to end: the tool loop, and every failure mapped, logged and rethrown. The request is
   * one `ExecutionService` parsed against the contract; it is trusted here.
   */
  async function run(
    request: ChatRequest,
    callModel: ModelCaller,
    emit: (event: StreamEvent) => void,
    stop?: AbortSignal,
    backpressure?: Backpressure,
  ): Promise<ChatResult> {
    const model = request.model;
    let scope: CallScope | undefined;
    try {
      const turnTarget = target(request);
      assertModelTakes(request, turnTarget.modelInfo);
      scope = new CallScope(request.timeoutMs ?? config.timeoutMs, [request.signal, stop]);
      return await runToolLoop({
        request,
        provider: definition.id,
        pricing: registry.getPricing(request.model),
        callModel: openAITurns(request, turnTarget, callModel),
        executor: options.toolExecutor,
        toolConcurrency: config.toolConcurrency,
        scope,
        logger,
        emit,
        backpressure,
      });
    } catch (error) {
      throw failed(error, model, scope, 'chat');
    } finally {
      scope?.dispose();
    }
  }

  /** Any failure of a call as the one `ProviderError` it stands for, logged once. */
  function failed(error: unknown, model: string, scope: CallScope | undefined, what: 'chat' | 'embedding'): ProviderError {
    const context = { provider: definition.id, model, ended: scope?.ended, timeoutMs: scope?.timeoutMs, classifyError };
    const mapped = toProviderError(error, context);
    logger.warn(
      { provider: definition.id, model, code: mapped.code, status: mapped.status, requestId: mapped.requestId },
      `${what} call failed: ${mapped.message}`,
    );
    return mapped;
  }

  /** An embedding call, start to end; batch failures are mapped, so each names its inputs and keeps its code. */
  async function embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    const model = request.model;
    let scope: CallScope | undefined;
    try {
      const providerModel = registry.toProviderModelName(model);
      const info = registry.getModel(model);
      scope = new CallScope(request.timeoutMs ?? config.timeoutMs, [request.signal]);
      const active = scope;
      const mapBatch: typeof callBatch = (body, batchScope, signal) =>
        callBatch(body, batchScope, signal).catch((error: unknown) => {
          throw toProviderError(error, { provider: definition.id, model, ended: active.ended, timeoutMs: active.timeoutMs, classifyError });
        });
      return await runEmbedding({
        request,
        provider: definition.id,
        providerModel,
        pricing: registry.getPricing(model),
        limits: { maxInputs: config.embeddingBatchSize ?? DEFAULT_EMBEDDING_BATCH_SIZE, maxTokens: info?.contextWindow ?? null },
        concurrency: config.embeddingConcurrency ?? DEFAULT_EMBEDDING_CONCURRENCY,
        callBatch: mapBatch,
        scope,
      });
    } catch (error) {
      throw failed(error, model, scope, 'embedding');
    } finally {
      scope?.dispose();
    }
  }

  return {
    definition,
    chat(request: ChatRequest): Promise<ChatResult> {
      return run(request, callPlain, DROP_EVENTS);
    },
    stream(request: ChatRequest): ChatStream {
      const consumerLeft = new AbortController();
      return new EventStream(
        (emit, backpressure) => run(request, callStreaming, emit, consumerLeft.signal, backpressure),
        () => consumerLeft.abort(),
      );
    },
    embed,
  };
}
