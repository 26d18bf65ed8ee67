import { ContainerModule } from 'inversify';
import { ModelRegistry } from '@modelgate/model-registry';
import {
  Logger,
  ModelDiscovery,
  Provider,
  ProviderDefinitionToken,
  SILENT_LOGGER,
  ToolExecutor,
} from '@modelgate/provider-contracts';
import { Telemetry } from '@modelgate/telemetry';
import { createOpenAICompatibleProvider } from '../provider';
import { type ServerHooks } from '../server-hooks';
import { type DiscoverableServer, OpenAICompatibleDiscovery } from './openai-compatible-discovery';

export interface OpenAICompatibleServer extends DiscoverableServer, ServerHooks {
  /** The provider's own identifier for its parsed config (`Symbol.for('modelgate.LiteLLMConfig')`). */
  configToken: symbol;
}

/**
 * Everything one OpenAI-compatible server contributes to a container: its config, its definition (for the
 * registry), its discovery and its provider on this engine. The tool executor, the logger and the
 * telemetry are the container's, when it has them.
 */
export function openAICompatibleServerModule(server: OpenAICompatibleServer): ContainerModule {
  const { definition, config } = server;
  return new ContainerModule(({ bind }) => {
    bind(server.configToken).toConstantValue(config);
    bind(ProviderDefinitionToken).toConstantValue(definition);
    bind<ModelDiscovery>(ModelDiscovery)
      .toResolvedValue(
        (logger: Logger | undefined) => new OpenAICompatibleDiscovery(server, logger ?? SILENT_LOGGER),
        [{ serviceIdentifier: Logger, optional: true }],
      )
      .inSingletonScope();
    bind<Provider>(Provider)
      .toResolvedValue(
        (registry: ModelRegistry, toolExecutor: ToolExecutor | undefined, logger: Logger | undefined, telemetry: Telemetry | undefined) =>
          createOpenAICompatibleProvider({
            definition,
            config: {
              baseUrl: config.baseUrl,
              apiKey: config.apiKey,
              timeoutMs: config.timeoutMs,
              maxRetries: config.maxRetries,
              toolConcurrency: config.toolConcurrency,
              embeddingBatchSize: config.embeddingBatchSize,
              embeddingConcurrency: config.embeddingConcurrency,
            },
            registry,
            toolExecutor,
            logger: logger ?? SILENT_LOGGER,
            inspectResponse: server.inspectResponse,
            classifyError: server.classifyError,
            reviseAnswer: server.reviseAnswer,
            telemetry,
          }),
        [
          ModelRegistry,
          { serviceIdentifier: ToolExecutor, optional: true },
          { serviceIdentifier: Logger, optional: true },
          { serviceIdentifier: Telemetry, optional: true },
        ],
      )
      .inSingletonScope();
  });
}
