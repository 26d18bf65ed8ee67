import { type ModelRegistry } from '@modelgate/model-registry';
import {
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  EMPTY_GATEWAY_METADATA,
  type Logger,
  type Provider,
  type ProviderDefinition,
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
} from '@modelgate/telemetry';
import { CallScope } from './call-scope';
import { type Backpressure, EventStream } from './chat-stream';
import { type OpenAICompatibleConfig } from './config';
import { toProviderError } from './error-mapping';
import { type ModelCaller, plainCaller, type ResponseInspector, streamingCaller } from './model-call';
import { type ServerHooks } from './server-hooks';
import { createOpenAIClient } from './openai-client';
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
  /** Spans and metrics of every call; the OpenTelemetry API's globals when left out. */
  telemetry?: Telemetry;
}

const NO_INSPECTION: ResponseInspector = () => ({ gateway: EMPTY_GATEWAY_METADATA, costUsd: null });
const DROP_EVENTS = (): void => undefined;

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
  const telemetry = options.telemetry ?? defaultTelemetry();
  const server = serverAttributes(config.baseUrl);
  const traced = (request: ChatRequest, streaming: boolean, work: (trace: OperationTrace) => Promise<ChatResult>) => {
    const start = chatStart(request, { provider: definition.id, modelPrefix: definition.modelPrefix, server, streaming });
    return traceOperation(telemetry, start, work, chatOutcome);
  };

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
    trace: OperationTrace,
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
        trace,
      });
    } catch (error) {
      const context = { provider: definition.id, model, ended: scope?.ended, timeoutMs: scope?.timeoutMs, classifyError };
      const mapped = toProviderError(error, context);
      logger.warn(
        { provider: definition.id, model, code: mapped.code, status: mapped.status, requestId: mapped.requestId },
        `chat call failed: ${mapped.message}`,
      );
      throw mapped;
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
  };
}
