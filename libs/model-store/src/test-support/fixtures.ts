import { type ModelInfo, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';

/** A chat model of `provider`, named `name`; any field can be overridden. */
export function modelInfo(provider: string, name: string, overrides: Partial<ModelInfo> = {}): ModelInfo {
  return {
    id: `${provider}/${name}`,
    provider,
    name,
    mode: 'chat',
    contextWindow: null,
    maxOutputTokens: null,
    pricing: { inputPerToken: null, outputPerToken: null },
    capabilities: UNKNOWN_CAPABILITIES,
    ...overrides,
  };
}
