import { type ContainerModule } from 'inversify';
import { type OpenAICompatibleServer, openAICompatibleServerModule } from '@modelgate/provider-openai-compatible';
import { listedModelFacts } from './listed-model-facts';
import { type VllmConfig, VllmConfigToken, type VllmConfigInput, parseVllmConfig } from './vllm-config';
import { vllmDefinition } from './vllm-definition';

/**
 * vLLM on the shared engine: models from `/v1/models` alone (there is no `/model/info`), and no response
 * headers to read, so a call's cost comes from the configured prices or is unknown.
 */
export function vllmServer(config: VllmConfig): OpenAICompatibleServer {
  return { definition: vllmDefinition, config, configToken: VllmConfigToken, describe: listedModelFacts(config.prices) };
}

/** vLLM's definition, discovery and provider for a container; a bad config fails here, at composition. */
export function vllmModule(input: VllmConfigInput): ContainerModule {
  return openAICompatibleServerModule(vllmServer(parseVllmConfig(input)));
}
