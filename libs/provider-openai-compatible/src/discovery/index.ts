export { type JsonOutcome } from './get-json';
export { type ListedModel } from './model-list';
export { type ModelFacts } from './model-facts';
export {
  OpenAICompatibleDiscovery,
  type DiscoverableServer,
  type ModelDetails,
  type ModelDetailsSource,
  type ServerGet,
} from './openai-compatible-discovery';
export {
  OpenAICompatibleServerConfig,
  type OpenAICompatibleServerConfigInput,
  parseServerConfig,
} from './server-config';
export { discoveredServerDefinition, type ServerDefinitionInput } from './server-definition';
export { openAICompatibleServerModule, type OpenAICompatibleServer } from './server-module';
