import { ContainerModule } from 'inversify';
import { ModelRegistry } from '@modelgate/model-registry';
import { createOpenAICompatibleProvider } from '@modelgate/provider-openai-compatible';
import {
  Logger,
  ModelDiscovery,
  Provider,
  ProviderDefinitionToken,
  SILENT_LOGGER,
  ToolExecutor,
} from '@modelgate/provider-contracts';
import { LiteLLMDiscovery } from './discovery/litellm-discovery';
import { inspectLiteLLMResponse } from './gateway-headers';
import { LiteLLMConfigToken, type LiteLLMConfigInput } from './litellm-config';
import { litellmDefinition } from './litellm-definition';
import { parseLiteLLMConfig } from './parse-config';

/**
 * Everything LiteLLM contributes to a container: its definition (for the registry), its discovery and its
 * provider on the shared OpenAI-compatible engine. The config is parsed here, so a bad value fails at
 * composition, not on the first call.
 */
export function litellmModule(input: LiteLLMConfigInput): ContainerModule {
  const config = parseLiteLLMConfig(input);
  return new ContainerModule(({ bind }) => {
    bind(LiteLLMConfigToken).toConstantValue(config);
    bind(ProviderDefinitionToken).toConstantValue(litellmDefinition);
    bind<ModelDiscovery>(ModelDiscovery)
      .toResolvedValue(
        (logger: Logger | undefined) => new LiteLLMDiscovery(config, logger ?? SILENT_LOGGER),
        [{ serviceIdentifier: Logger, optional: true }],
      )
      .inSingletonScope();
    bind<Provider>(Provider)
      .toResolvedValue(
        (registry: ModelRegistry, toolExecutor: ToolExecutor | undefined, logger: Logger | undefined) =>
          createOpenAICompatibleProvider({
            definition: litellmDefinition,
            config: {
              baseUrl: config.baseUrl,
              apiKey: config.apiKey,
              timeoutMs: config.timeoutMs,
              maxRetries: config.maxRetries,
              toolConcurrency: config.toolConcurrency,
            },
            registry,
            toolExecutor,
            logger: logger ?? SILENT_LOGGER,
            inspectResponse: inspectLiteLLMResponse,
          }),
        [
          ModelRegistry,
          { serviceIdentifier: ToolExecutor, optional: true },
          { serviceIdentifier: Logger, optional: true },
        ],
      )
      .inSingletonScope();
  });
}
