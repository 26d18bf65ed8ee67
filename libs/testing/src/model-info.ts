import { type ModelCapabilities, type ModelInfo, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';

export interface ModelInfoOverrides extends Partial<Omit<ModelInfo, 'capabilities'>> {
  capabilities?: Partial<ModelCapabilities>;
}

/**
 * A chat model of `provider`, named `name`, as discovery reports one that tells nothing more: no context
 * window, no prices, every capability unknown. Any field can be overridden; capabilities given are merged
 * over the unknown ones.
 */
export function modelInfo(provider = 'litellm', name = 'test-model', overrides: ModelInfoOverrides = {}): ModelInfo {
  const { capabilities, ...fields } = overrides;
  return {
    id: `${provider}/${name}`,
    provider,
    name,
    mode: 'chat',
    contextWindow: null,
    maxOutputTokens: null,
    pricing: { inputPerToken: null, outputPerToken: null },
    ...fields,
    capabilities: { ...UNKNOWN_CAPABILITIES, ...capabilities },
  };
}
