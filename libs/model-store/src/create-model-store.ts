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

/**
 * Replaces one provider's state (of the key scope `scope`, or the module key's), leaving the others (and
 * their object identity) as they are.
 */
export function setProviderState(store: ModelStoreApi, providerId: string, next: ProviderModelsState, scope?: string): void {
  if (scope === undefined) {
    store.setState((state) => ({ providers: { ...state.providers, [providerId]: next } }));
    return;
  }
  store.setState((state) => ({
    keyScopes: { ...state.keyScopes, [scope]: { ...state.keyScopes?.[scope], [providerId]: next } },
  }));
}

/** Drops the key scopes' states that `keep` refuses (scopes the registry evicted). */
export function pruneKeyScopes(store: ModelStoreApi, keep: (scope: string, providerId: string) => boolean): void {
  const keyScopes = store.getState().keyScopes ?? {};
  let changed = false;
  const kept: NonNullable<ModelStoreState['keyScopes']> = {};
  for (const [scope, providers] of Object.entries(keyScopes)) {
    const still = Object.fromEntries(Object.entries(providers).filter(([providerId]) => keep(scope, providerId)));
    const count = Object.keys(still).length;
    if (count !== Object.keys(providers).length) changed = true;
    if (count > 0) kept[scope] = still;
  }
  if (changed) store.setState({ keyScopes: kept });
}
