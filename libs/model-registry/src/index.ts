export { ModelRegistry, ModelRegistryImpl, UNKNOWN_PRICING } from './model-registry';
export { modelRegistryModule } from './model-registry-module';
export { RegistryConfig, type RegistryConfigInput, parseRegistryConfig } from './registry-config';
