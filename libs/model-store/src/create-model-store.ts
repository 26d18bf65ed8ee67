import { type StoreApi, createStore } from 'zustand/vanilla';
import { type ModelStoreState, type ProviderModelsState, idleProviderState } from './model-store-state';

export type ModelStoreApi = StoreApi<ModelStoreState>;
/** The container identifier of the one store of a container. */
export const ModelStore = Symbol.for('modelgate.ModelStore');

/** A store with every given provider `idle` and without models, in the given order. */
export function createModelStore(providerIds: readonly string[]): ModelStoreApi {
  const providers = Object.fromEntries(providerIds.map((id) => [id, idleProviderState()]));
  return createStore<ModelStoreState>()(() => ({ providers }));
}

/** Replaces one provider's state, leaving the others (and their object identity) as they are. */
export function setProviderState(store: ModelStoreApi, providerId: string, next: ProviderModelsState): void {
  store.setState((state) => ({ providers: { ...state.providers, [providerId]: next } }));
}
