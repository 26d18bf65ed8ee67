import { type ModelInfo } from '@modelgate/provider-contracts';
import { type ModelStoreState, type ProviderModelsState, type ProviderModelsStatus } from './model-store-state';

// Stable empty results, so a subscribed view (zustand's `useStore`) sees "unchanged" instead of a new array.
const NO_MODELS: readonly ModelInfo[] = Object.freeze([]);
const allModelsCache = new WeakMap<ModelStoreState['providers'], readonly ModelInfo[]>();

/** `undefined` for a provider the store does not track (inherited keys such as `constructor` included). */
export const selectProvider =
  (providerId: string) =>
  (state: ModelStoreState): ProviderModelsState | undefined =>
    Object.hasOwn(state.providers, providerId) ? state.providers[providerId] : undefined;

/** One provider's state as seen with the key of `scope`; `undefined` before that scope's first discovery. */
export const selectScopedProvider =
  (providerId: string, scope: string) =>
  (state: ModelStoreState): ProviderModelsState | undefined => {
    const scopes = state.keyScopes ?? {};
    const providers = Object.hasOwn(scopes, scope) ? scopes[scope] : undefined;
    return providers && Object.hasOwn(providers, providerId) ? providers[providerId] : undefined;
  };

export const selectModels =
  (providerId: string) =>
  (state: ModelStoreState): readonly ModelInfo[] =>
    selectProvider(providerId)(state)?.models ?? NO_MODELS;

export const selectStatus =
  (providerId: string) =>
  (state: ModelStoreState): ProviderModelsStatus | undefined =>
    selectProvider(providerId)(state)?.status;

/** Every provider's models, in provider order; the same array until some provider's state changes. */
export function selectAllModels(state: ModelStoreState): readonly ModelInfo[] {
  const cached = allModelsCache.get(state.providers);
  if (cached) return cached;
  const all = Object.freeze(Object.values(state.providers).flatMap((provider) => provider.models));
  allModelsCache.set(state.providers, all);
  return all;
}

export function selectIsLoading(state: ModelStoreState): boolean {
  return Object.values(state.providers).some((provider) => provider.status === 'loading');
}
