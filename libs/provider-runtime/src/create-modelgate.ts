import 'reflect-metadata';
import { Container, type ContainerModule } from 'inversify';
import {
  CredentialResolver,
  KeyScope,
  Logger,
  Provider,
  RegistryConfigToken,
  SILENT_LOGGER,
  ToolExecutor,
} from '@modelgate/provider-contracts';
import { ModelRegistry, modelRegistryModule, type RegistryConfigInput } from '@modelgate/model-registry';
import { ModelLoader, ModelStore, modelStoreModule, type ModelStoreApi } from '@modelgate/model-store';
import { ModelgateTelemetry, Telemetry, type TelemetryOptions } from '@modelgate/telemetry';
import { DiscoveryService } from './discovery-service';
import { ExecutionService } from './execution-service';
import { HmacKeyScope } from './hmac-key-scope';

export interface ModelgateOptions {
  /** Provider modules, e.g. `[litellmModule({ baseUrl })]`: swapping a provider is a different list. */
  providers: readonly ContainerModule[];
  /** Runs the tools models ask for (`createToolset([...])`); without it tool calls get an error result. */
  toolExecutor?: ToolExecutor;
  logger?: Logger;
  /** Models or providers the application must never use; how many key scopes discovery keeps. */
  registry?: RegistryConfigInput;
  /** Resolves the named credentials of calls and discoveries (`credentials: { name }`) to keys. */
  credentialResolver?: CredentialResolver;
  /**
   * OpenTelemetry spans and metrics of every call and discovery: the tracer and meter providers to use (the
   * API's globals when left out: register the SDK before this call for its metrics, as the API has no proxy
   * for them), and `recordContent` to put prompts and answers on the spans (off by default).
   */
  telemetry?: TelemetryOptions;
}

export interface Modelgate {
  container: Container;
  registry: ModelRegistry;
  store: ModelStoreApi;
  discovery: DiscoveryService;
  execution: ExecutionService;
}

/** The composition root: one container with the registry, the store and the given provider modules. */
export async function createModelgate(options: ModelgateOptions): Promise<Modelgate> {
  const container = new Container();
  container.bind(Logger).toConstantValue(options.logger ?? SILENT_LOGGER);
  if (options.toolExecutor) container.bind(ToolExecutor).toConstantValue(options.toolExecutor);
  if (options.registry) container.bind(RegistryConfigToken).toConstantValue(options.registry);
  if (options.credentialResolver) container.bind(CredentialResolver).toConstantValue(options.credentialResolver);
  container.bind(KeyScope).toConstantValue(new HmacKeyScope());
  const telemetry = new ModelgateTelemetry(options.telemetry);
  container.bind(Telemetry).toConstantValue(telemetry);
  await container.load(modelRegistryModule, ...options.providers, modelStoreModule);

  const registry = container.get<ModelRegistry>(ModelRegistry);
  const providers = container.getAll<Provider>(Provider, { optional: true });
  return {
    container,
    registry,
    store: container.get<ModelStoreApi>(ModelStore),
    discovery: new DiscoveryService(container.get<ModelLoader>(ModelLoader), registry, options.credentialResolver, telemetry),
    execution: new ExecutionService(registry, providers, options.credentialResolver, telemetry),
  };
}
