import { type GatewaySimulator } from '@modelgate/gateway-simulator';
import { ModelRegistryImpl } from '@modelgate/model-registry';
import { type ChatRequest, type Provider } from '@modelgate/provider-contracts';
import { createOpenAICompatibleProvider, OpenAICompatibleConfig, type OpenAICompatibleConfigInput } from '@modelgate/provider-openai-compatible';
import { modelInfo } from '@modelgate/testing';
import { litellmDefinition } from '../litellm-definition';
import { litellmServer } from '../litellm-module';
import { parseLiteLLMConfig } from '../parse-config';

/** The simulator's chat model, as discovery would register it. */
export const MODEL = 'litellm/gpt-4o-mini';

/**
 * The engine with LiteLLM's hooks, as `litellmModule` wires it, against the simulator. The engine's own
 * config, so a spec may send the key in a default header as an app's proxy might.
 */
export function litellmProviderFor(simulator: Pick<GatewaySimulator, 'url'>, config: Partial<OpenAICompatibleConfigInput> = {}): Provider {
  const { definition, inspectResponse, classifyError, reviseAnswer } = litellmServer(parseLiteLLMConfig({ baseUrl: simulator.url }));
  const registry = new ModelRegistryImpl([litellmDefinition]);
  registry.setDynamicModels('litellm', [modelInfo('litellm', 'gpt-4o-mini', { capabilities: { tools: true } })]);
  return createOpenAICompatibleProvider({
    definition,
    config: OpenAICompatibleConfig.parse({ baseUrl: simulator.url, maxRetries: 0, ...config }),
    registry,
    inspectResponse,
    classifyError,
    reviseAnswer,
  });
}

export function ask(text: string, overrides: Partial<ChatRequest> = {}): ChatRequest {
  return { model: MODEL, messages: [{ role: 'user', content: text }], ...overrides };
}
