import { type ContainerModule } from 'inversify';
import { LITELLM_PROVIDER_ID, type LiteLLMConfigInput, litellmModule } from '@modelgate/provider-litellm';
import { VLLM_PROVIDER_ID, vllmModule } from '@modelgate/provider-vllm';

/** A provider the demo can run, and the environment variables that configure it. */
export interface UpstreamKind {
  /** Provider id, the prefix of its model ids: `litellm`, `vllm`. */
  id: typeof LITELLM_PROVIDER_ID | typeof VLLM_PROVIDER_ID;
  /** How messages name its server: "LiteLLM proxy at ...". */
  label: string;
  baseUrlVariable: string;
  apiKeyVariable: string;
  /** Its container module; both take the shared server settings. */
  module: (input: LiteLLMConfigInput) => ContainerModule;
}

export const LITELLM_UPSTREAM: UpstreamKind = {
  id: LITELLM_PROVIDER_ID,
  label: 'LiteLLM proxy',
  baseUrlVariable: 'LITELLM_BASE_URL',
  apiKeyVariable: 'LITELLM_API_KEY',
  module: litellmModule,
};

export const VLLM_UPSTREAM: UpstreamKind = {
  id: VLLM_PROVIDER_ID,
  label: 'vLLM server',
  baseUrlVariable: 'VLLM_BASE_URL',
  apiKeyVariable: 'VLLM_API_KEY',
  module: vllmModule,
};

/** In the order the CLI and the page list them. */
export const UPSTREAM_KINDS: readonly UpstreamKind[] = [LITELLM_UPSTREAM, VLLM_UPSTREAM];
