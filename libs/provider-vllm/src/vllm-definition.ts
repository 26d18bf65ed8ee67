import { discoveredServerDefinition } from '@modelgate/provider-openai-compatible';

export const VLLM_PROVIDER_ID = 'vllm';

/**
 * A vLLM server the operator runs: it serves the models it was started with (`vllm serve <model>`), so
 * the list comes from discovery and the default model stays '' until then.
 */
export const vllmDefinition = discoveredServerDefinition({
  id: VLLM_PROVIDER_ID,
  name: 'vLLM',
  description: 'vLLM: a self-hosted inference server with an OpenAI-compatible API',
});
