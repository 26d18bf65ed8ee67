import {
  type ModelInfo,
  type ProviderDefinition,
  UNKNOWN_CAPABILITIES,
} from '@modelgate/provider-contracts';

/** A chat model of `provider`, named `name`; any field can be overridden. */
export function modelInfo(provider: string, name: string, overrides: Partial<ModelInfo> = {}): ModelInfo {
  return {
    id: `${provider}/${name}`,
    provider,
    name,
    mode: 'chat',
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    pricing: { inputPerToken: 0.000001, outputPerToken: 0.000002 },
    capabilities: { ...UNKNOWN_CAPABILITIES, tools: true },
    ...overrides,
  };
}

/** A static provider shipping a catalogue, requiring each user's own key unless overridden. */
export function staticProvider(id: string, overrides: Partial<ProviderDefinition> = {}): ProviderDefinition {
  const models = overrides.models ?? [modelInfo(id, 'large'), modelInfo(id, 'small')];
  return {
    id,
    name: id.toUpperCase(),
    description: `${id} models`,
    icon: id,
    modelPrefix: `${id}/`,
    family: 'openai-compatible',
    kind: 'static',
    requiresUserApiKey: true,
    defaultModel: models[0]?.id ?? '',
    models,
    ...overrides,
  };
}

/** A dynamic provider (a gateway like LiteLLM): no catalogue, no default until discovery. */
export function dynamicProvider(id: string, overrides: Partial<ProviderDefinition> = {}): ProviderDefinition {
  return staticProvider(id, { kind: 'dynamic', requiresUserApiKey: false, defaultModel: '', models: [], ...overrides });
}
