export { LiteLLMConfig, LiteLLMConfigToken, type LiteLLMConfigInput } from './litellm-config';
export { parseLiteLLMConfig } from './parse-config';
export { litellmDefinition, LITELLM_PROVIDER_ID } from './litellm-definition';
export { LiteLLMDiscovery } from './discovery/litellm-discovery';
export { inspectLiteLLMResponse } from './gateway-headers';
export { litellmModule } from './litellm-module';
