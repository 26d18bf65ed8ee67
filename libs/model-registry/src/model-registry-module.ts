import { ContainerModule } from 'inversify';
import { ModelRegistry, ModelRegistryImpl } from './model-registry';

/**
 * Binds the one registry of a container under `ModelRegistry`. It collects every `ProviderDefinitionToken`
 * the provider modules bind, so load those modules into the same container (in any order).
 */
export const modelRegistryModule = new ContainerModule(({ bind }) => {
  bind<ModelRegistry>(ModelRegistry).to(ModelRegistryImpl).inSingletonScope();
});
