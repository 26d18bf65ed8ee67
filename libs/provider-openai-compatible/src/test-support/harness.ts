import { type GatewaySimulator } from '@modelgate/gateway-simulator';
import { ModelRegistryImpl } from '@modelgate/model-registry';
import {
  type ChatRequest,
  type ChatResult,
  type GatewayMetadata,
  EMPTY_GATEWAY_METADATA,
  type KeyScope,
  type Logger,
  type ModelInfo,
  type Provider,
  type ProviderDefinition,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import { OpenAICompatibleConfig, type OpenAICompatibleConfigInput } from '../config';
import { type ErrorClassifier } from '../error-reading';
import { createOpenAICompatibleProvider } from '../provider';
import { modelInfo } from '@modelgate/testing';

export const definition: ProviderDefinition = {
  id: 'litellm',
  name: 'LiteLLM',
  description: 'Test gateway',
  icon: 'litellm',
  modelPrefix: 'litellm/',
  family: 'openai-compatible',
  kind: 'dynamic',
  requiresUserApiKey: false,
  defaultModel: '',
  models: [],
};

/** The simulator's priced chat model, as discovery would register it. */
export const MODEL = 'litellm/gpt-4o-mini';
export const REASONER = 'litellm/reasoner-mini';
export const PRICES = { inputPerToken: 1.5e-7, outputPerToken: 6e-7 };
/** The simulator's embedding model, as discovery would register it (its max input tokens cap a batch). */
export const EMBEDDER = 'litellm/text-embedding-3-small';
export const EMBEDDING_PRICES = { inputPerToken: 2e-8, outputPerToken: 0 };
export const EMBEDDER_MAX_TOKENS = 8191;

function info(name: string, pricing: ModelInfo['pricing']): ModelInfo {
  return modelInfo('litellm', name, { contextWindow: 128_000, maxOutputTokens: 16_384, pricing, capabilities: { tools: true } });
}

export { useSimulator } from '@modelgate/gateway-simulator';

/** Reads the two LiteLLM headers the engine's results depend on; the real reader lives in provider-litellm. */
export function inspectTestHeaders(headers: Headers): { gateway: GatewayMetadata; costUsd: number | null } {
  const cost = headers.get('x-litellm-response-cost');
  return {
    gateway: { ...EMPTY_GATEWAY_METADATA, callId: headers.get('x-litellm-call-id') },
    costUsd: cost === null ? null : Number(cost),
  };
}

/** Takes the simulator's call id as an error's request id, and nothing else: LiteLLM's rules live in provider-litellm. */
export const classifyTestErrors: ErrorClassifier = ({ headers }) => ({ requestId: headers?.get('x-litellm-call-id') ?? null });

export interface LogLine {
  level: keyof Logger;
  fields: Record<string, unknown>;
  message: string;
}

/** Keeps every line, to assert on what was logged. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];
  debug = (fields: Record<string, unknown>, message: string) => this.lines.push({ level: 'debug', fields, message });
  info = (fields: Record<string, unknown>, message: string) => this.lines.push({ level: 'info', fields, message });
  warn = (fields: Record<string, unknown>, message: string) => this.lines.push({ level: 'warn', fields, message });
  error = (fields: Record<string, unknown>, message: string) => this.lines.push({ level: 'error', fields, message });
}

export interface ProviderSetup {
  config?: Partial<OpenAICompatibleConfigInput>;
  toolExecutor?: ToolExecutor;
  logger?: Logger;
  /** `false` leaves the hooks out: no gateway metadata, no header cost, no request id on errors. */
  inspect?: boolean;
  /** Scopes per-call keys; models discovered per scope are set through `onRegistry`. */
  keyScope?: KeyScope;
  onRegistry?: (registry: ModelRegistryImpl) => void;
}

/** A provider on the real SDK against the simulator, its registry knowing the simulator's chat models. */
export function providerFor(simulator: Pick<GatewaySimulator, 'url'>, setup: ProviderSetup = {}): Provider {
  const registry = new ModelRegistryImpl([definition], undefined, setup.keyScope);
  const unpriced = { inputPerToken: null, outputPerToken: null };
  const embedder = modelInfo('litellm', 'text-embedding-3-small', {
    mode: 'embedding',
    contextWindow: EMBEDDER_MAX_TOKENS,
    dimensions: 1536,
    pricing: EMBEDDING_PRICES,
  });
  registry.setDynamicModels('litellm', [info('gpt-4o-mini', PRICES), info('reasoner-mini', unpriced), embedder]);
  setup.onRegistry?.(registry);
  return createOpenAICompatibleProvider({
    definition,
    config: OpenAICompatibleConfig.parse({ baseUrl: simulator.url, maxRetries: 0, ...setup.config }),
    registry,
    toolExecutor: setup.toolExecutor,
    logger: setup.logger,
    ...(setup.inspect !== false && { inspectResponse: inspectTestHeaders, classifyError: classifyTestErrors }),
  });
}

export function ask(text: string, overrides: Partial<ChatRequest> = {}): ChatRequest {
  return { model: MODEL, messages: [{ role: 'user', content: text }], ...overrides };
}

export { collect, type Collected, type Mode, MODES, run } from '@modelgate/testing';

/** What two runs of the same script must agree on, whether streamed or not. */
export function comparable(result: ChatResult) {
  return {
    content: result.content,
    reasoning: result.reasoning,
    object: result.object,
    toolCalls: result.toolCalls.map(({ durationMs: _durationMs, ...call }) => call),
    usage: result.usage,
    finishReason: result.finishReason,
    turns: result.turns,
  };
}
