import { ContainerModule } from 'inversify';
import { ModelRegistry } from '@modelgate/model-registry';
import { ModelStore, type ModelStoreApi, createModelStore, setProviderState } from './create-model-store';
import { ModelLoader } from './model-loader';

/**
 * A store tracking every allowed provider of the registry. Static catalogues are known at composition, so
 * those providers start with their models instead of an `idle` that no discovery would ever end.
 */
export function storeForRegistry(registry: ModelRegistry): ModelStoreApi {
  const providers = registry.getProviders();
  const store = createModelStore(providers.map((provider) => provider.id));
  for (const provider of registry.getBaseModelProviders()) {
    const models = [...registry.getModels(provider.id)];
    setProviderState(store, provider.id, { models, status: models.length > 0 ? 'ready' : 'empty', error: null, updatedAt: null });
  }
  return store;
}

/** Binds the store (`ModelStore`) and the loader (`ModelLoader`); load it beside `modelRegistryModule`. */
export const modelStoreModule = new ContainerModule(({ bind }) => {
  bind<ModelStoreApi>(ModelStore)
    .toResolvedValue((registry: ModelRegistry) => storeForRegistry(registry), [ModelRegistry])
    .inSingletonScope();
  bind(ModelLoader).toSelf().inSingletonScope();
});
