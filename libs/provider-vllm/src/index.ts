export { VllmConfig, VllmConfigToken, type VllmConfigInput, VllmModelPrice, parseVllmConfig } from './vllm-config';
export { vllmDefinition, VLLM_PROVIDER_ID } from './vllm-definition';
export { vllmModule, vllmServer } from './vllm-module';
