import { type ModelRegistry } from '@modelgate/model-registry';
import {
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  type Credentials,
  type EmbeddingRequest,
  type EmbeddingResult,
  EMPTY_GATEWAY_METADATA,
  type Logger,
  type Provider,
  type ProviderDefinition,
  ProviderError,
  isProviderError,
  SILENT_LOGGER,
  type StreamEvent,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import {
  chatOutcome,
  chatStart,
  defaultTelemetry,
  type OperationTrace,
  serverAttributes,
  type Telemetry,
  traceOperation,
  embeddingStart,
  embeddingOutcome,
} from '@modelgate/telemetry';
import { CallScope } from './call-scope';
import { CallTiming } from './call-timing';
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
import { runWithFallbacks } from './fallbacks';
import { unwrapSpent } from './spent-failure';
import { runToolLoop } from './tool-loop';

/**
 * The key a request's credentials carry. A named credential is the runtime's to resolve (`ExecutionService`
 * asks the bound `CredentialResolver`), so one reaching the engine is a composition mistake.
 */
function callKey(request: { model: string; credentials?: Credentials }, provider: string): string | undefined {
  const credentials = request.credentials;
  if (credentials === undefined) return undefined;
  if ('apiKey' in credentials) return credentials.apiKey;
  throw new ProviderError({
    code: 'misconfigured',
    message: `The named credential "${credentials.name}" was not resolved: call through ExecutionService`,
    provider,
    model: request.model,
  });
}

export interface OpenAICompatibleProviderOptions extends ServerHooks {
  definition: ProviderDefinition;
  /** Parsed with `OpenAICompatibleConfig`. */
  config: OpenAICompatibleConfig;
  registry: ModelRegistry;
  /** Runs the tools models ask for; without one, every tool call goes back to the model as an error. */
  toolExecutor?: ToolExecutor;
  logger?: Logger;
  /** Spans and metrics of every call; the OpenTelemetry API's globals when left out. */
  telemetry?: Telemetry;
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
  const telemetry = options.telemetry ?? defaultTelemetry();
  const server = serverAttributes(config.baseUrl);
  const traced = (request: ChatRequest, streaming: boolean, work: (trace: OperationTrace) => Promise<ChatResult>) => {
    const start = chatStart(request, { provider: definition.id, modelPrefix: definition.modelPrefix, server, streaming });
    return traceOperation(telemetry, start, work, chatOutcome);
  };

  /** The model as the call's key sees it: its own key scope's entry when it carries credentials. */
  const target = (request: ChatRequest): TurnTarget & { scope: string | undefined } => {
    const apiKey = callKey(request, definition.id);
    const scope = apiKey === undefined ? undefined : registry.scopeOf(apiKey);
    return {
      provider: definition.id,
      providerModel: registry.toProviderModelName(request.model, scope),
      modelInfo: registry.getModel(request.model, scope),
      apiKey,
      scope,
    };
  };

  /**
   * The call, start to end: the tool loop with the request's model and then its fallbacks, and every
   * failure mapped (with what it spent), logged and rethrown. The request is one `ExecutionService` parsed
   * against the contract; it is trusted here.
   */
  async function run(
    request: ChatRequest,
    callModel: ModelCaller,
    emit: (event: StreamEvent) => void,
    trace: OperationTrace,
    stop?: AbortSignal,
    backpressure?: Backpressure,
  ): Promise<ChatResult> {
    let scope: CallScope | undefined;
    const mapFailure = (error: unknown, model: string): ProviderError => {
      const { failure, spent } = unwrapSpent(error);
      const context = { provider: definition.id, model, ended: scope?.ended, timeoutMs: scope?.timeoutMs, classifyError };
      const mapped = toProviderError(failure, context);
      return spent === null ? mapped : mapped.with(spent);
    };
    try {
      scope = new CallScope(request.timeoutMs ?? config.timeoutMs, [request.signal, stop]);
      const callScope = scope;
      // One clock for every attempt: a fallback's answer is timed from the call's start.
      const timing = new CallTiming();
      return await runWithFallbacks(request, emit, {
        attempt: (attempt, attemptEmit) => {
          const turnTarget = target(attempt);
          assertModelTakes(attempt, turnTarget.modelInfo);
          return runToolLoop({
            request: attempt,
            provider: definition.id,
            pricing: registry.getPricing(attempt.model, turnTarget.scope),
            callModel: openAITurns(attempt, turnTarget, callModel),
            executor: options.toolExecutor,
            toolConcurrency: config.toolConcurrency,
            scope: callScope,
            logger,
            emit: attemptEmit,
            backpressure,
            timing,
            trace,
          });
        },
        mapFailure,
        mayContinue: () => callScope.ended === null,
        onFallback: (failed, next) => logger.warn({ provider: definition.id, ...failed, next }, `model failed, falling back to ${next}`),
      });
    } catch (error) {
      const mapped = isProviderError(error) && error.provider !== null ? error : mapFailure(error, request.model);
      throw logged(mapped, 'chat');
    } finally {
      scope?.dispose();
    }
  }

  /** A failed call's one `ProviderError`, logged once. */
  function logged(mapped: ProviderError, what: 'chat' | 'embedding'): ProviderError {
    logger.warn(
      { provider: definition.id, model: mapped.model, code: mapped.code, status: mapped.status, requestId: mapped.requestId },
      `${what} call failed: ${mapped.message}`,
    );
    return mapped;
  }

  /** An embedding call in its `embeddings {model}` span, whose trace context every batch request carries. */
  function embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    const start = embeddingStart(request, { provider: definition.id, modelPrefix: definition.modelPrefix, server });
    return traceOperation(telemetry, start, (trace) => embedUntraced(request, trace.headers()), embeddingOutcome);
  }

  /** An embedding call, start to end; batch failures are mapped, so each names its inputs and keeps its code. */
  async function embedUntraced(request: EmbeddingRequest, headers: Record<string, string> | undefined): Promise<EmbeddingResult> {
    const model = request.model;
    let scope: CallScope | undefined;
    const mapped = (error: unknown, ended: CallScope | undefined) =>
      toProviderError(error, { provider: definition.id, model, ended: ended?.ended, timeoutMs: ended?.timeoutMs, classifyError });
    try {
      const apiKey = callKey(request, definition.id);
      const keyScope = apiKey === undefined ? undefined : registry.scopeOf(apiKey);
      const providerModel = registry.toProviderModelName(model, keyScope);
      const info = registry.getModel(model, keyScope);
      scope = new CallScope(request.timeoutMs ?? config.timeoutMs, [request.signal]);
      const active = scope;
      const mapBatch: typeof callBatch = (body, batchScope, signal, sent) =>
        callBatch(body, batchScope, signal, sent).catch((error: unknown) => {
          throw mapped(error, active);
        });
      return await runEmbedding({
        request,
        provider: definition.id,
        providerModel,
        sent: { apiKey, headers },
        pricing: registry.getPricing(model, keyScope),
        limits: { maxInputs: config.embeddingBatchSize ?? DEFAULT_EMBEDDING_BATCH_SIZE, maxTokens: info?.contextWindow ?? null },
        concurrency: config.embeddingConcurrency ?? DEFAULT_EMBEDDING_CONCURRENCY,
        callBatch: mapBatch,
        scope,
      });
    } catch (error) {
      throw logged(isProviderError(error) && error.provider !== null ? error : mapped(error, scope), 'embedding');
    } finally {
      scope?.dispose();
    }
  }

  return {
    definition,
    chat(request: ChatRequest): Promise<ChatResult> {
      return traced(request, false, (trace) => run(request, callPlain, DROP_EVENTS, trace));
    },
    stream(request: ChatRequest): ChatStream {
      const consumerLeft = new AbortController();
      return new EventStream(
        (emit, backpressure) =>
          traced(request, true, (trace) => run(request, callStreaming, emit, trace, consumerLeft.signal, backpressure)),
        () => consumerLeft.abort(),
      );
    },
    embed,
  };
}
