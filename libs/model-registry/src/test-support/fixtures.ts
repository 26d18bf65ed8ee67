import { type ProviderDefinition } from '@modelgate/provider-contracts';
import { modelInfo } from '@modelgate/testing';

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
