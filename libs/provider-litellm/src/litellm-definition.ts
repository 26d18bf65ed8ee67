import { type ProviderDefinition } from '@modelgate/provider-contracts';

export const LITELLM_PROVIDER_ID = 'litellm';

/**
 * Dynamic: models come from the proxy. No user key: the operator configures the proxy's key. The default
 * model is '' until discovery, never a made-up id such as `litellm/generic`.
 */
export const litellmDefinition: ProviderDefinition = {
  id: LITELLM_PROVIDER_ID,
  name: 'LiteLLM',
  description: 'LiteLLM proxy: one OpenAI-compatible gateway in front of 100+ model backends',
  icon: 'litellm',
  modelPrefix: `${LITELLM_PROVIDER_ID}/`,
  family: 'openai-compatible',
  kind: 'dynamic',
  requiresUserApiKey: false,
  defaultModel: '',
  models: [],
};
