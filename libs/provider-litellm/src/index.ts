export { LiteLLMConfig, LiteLLMConfigToken, type LiteLLMConfigInput } from './litellm-config';
export { parseLiteLLMConfig } from './parse-config';
export { litellmDefinition, LITELLM_PROVIDER_ID } from './litellm-definition';
export { litellmModelInfo } from './discovery/model-info-source';
export { inspectLiteLLMResponse } from './gateway-headers';
export { litellmModule, litellmServer } from './litellm-module';
export { isOlderThanSupportedLitellm, OLDEST_SUPPORTED_LITELLM } from './supported-releases';
export { litellmProxyVersion } from './discovery/proxy-version';
