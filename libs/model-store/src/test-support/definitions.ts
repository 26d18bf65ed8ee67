import { type ProviderDefinition } from '@modelgate/provider-contracts';
import { modelInfo } from '@modelgate/testing';

/** A provider definition: dynamic (a gateway, no catalogue) unless overridden. */
export function definition(id: string, overrides: Partial<ProviderDefinition> = {}): ProviderDefinition {
  return {
    id,
    name: id,
    description: '',
    icon: id,
    modelPrefix: `${id}/`,
    family: 'openai-compatible',
    kind: 'dynamic',
    requiresUserApiKey: false,
    defaultModel: '',
    models: [],
    ...overrides,
  };
}

export function staticDefinition(id: string, names: string[]): ProviderDefinition {
  const models = names.map((name) => modelInfo(id, name));
  return definition(id, { kind: 'static', requiresUserApiKey: true, models, defaultModel: models[0]?.id ?? '' });
}
