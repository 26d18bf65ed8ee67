import { discoveredServerDefinition } from '@modelgate/provider-openai-compatible';

export const LITELLM_PROVIDER_ID = 'litellm';

/** Dynamic, no user key (the operator configures the proxy's), default model '' until discovery. */
export const litellmDefinition = discoveredServerDefinition({
  id: LITELLM_PROVIDER_ID,
  name: 'LiteLLM',
  description: 'LiteLLM proxy: one OpenAI-compatible gateway in front of 100+ model backends',
});
