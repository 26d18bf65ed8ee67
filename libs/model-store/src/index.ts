export { ModelStoreState, ProviderModelsState, ProviderModelsStatus, idleProviderState } from './model-store-state';
export { ModelStore, type ModelStoreApi, createModelStore } from './create-model-store';
export { selectAllModels, selectIsLoading, selectModels, selectProvider, selectScopedProvider, selectStatus } from './selectors';
export { ModelLoader, type RefreshOptions, type RefreshScope } from './model-loader';
export { modelStoreModule, storeForRegistry } from './model-store-module';
