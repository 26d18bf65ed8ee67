import { type DiscoveryReport, isProviderError } from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { type ModelStoreApi, pruneKeyScopes, setProviderState } from './create-model-store';
import { type ProviderModelsState, idleProviderState } from './model-store-state';
import { selectProvider, selectScopedProvider } from './selectors';

/**
 * Puts one discovery answer into the registry and the store, and returns the report as applied. A success
 * replaces the provider's models in both (denied models dropped, so `ready` may become `empty`). A failure
 * keeps the models both already had: a proxy that is briefly down should not empty the model picker.
 */
export function applyReport(registry: ModelRegistry, store: ModelStoreApi, report: DiscoveryReport, scope?: string): DiscoveryReport {
  const id = report.provider;
  const previous = currentState(store, id, scope);
  if (report.status !== 'ready' && report.status !== 'empty') {
    const error = report.error ?? { code: report.status, message: `Discovery for "${id}" ended as ${report.status}` };
    setProviderState(store, id, { ...previous, status: report.status, error, updatedAt: report.fetchedAt }, scope);
    if (scope !== undefined) pruneScopes(registry, store, id, scope);
    return { ...report, error };
  }
  let kept;
  try {
    kept = registry.setDynamicModels(id, report.models, scope);
  } catch (error) {
    const code = isProviderError(error) ? error.code : 'invalid_response';
    const message = error instanceof Error ? error.message : 'The registry refused the discovered models';
    return applyReport(registry, store, { ...report, status: 'invalid_response', models: [], error: { code, message } }, scope);
  }
  const applied: DiscoveryReport = { ...report, status: kept.length === 0 ? 'empty' : 'ready', models: [...kept], error: null };
  setProviderState(store, id, { models: applied.models, status: applied.status, error: null, updatedAt: report.fetchedAt }, scope);
  if (scope !== undefined) pruneScopes(registry, store, id, scope);
  return applied;
}

/**
 * The store keeps the scopes the registry keeps, and the one just answered (a failure that has no list in
 * the registry still shows): the registry may have evicted another scope to keep this one, and the store
 * lets it go too, so both stay bounded by the registry's `maxKeyScopes`.
 */
function pruneScopes(registry: ModelRegistry, store: ModelStoreApi, providerId: string, scope: string): void {
  pruneKeyScopes(store, (other, otherProvider) => (other === scope && otherProvider === providerId) || registry.hasScope(otherProvider, other));
}

/** The provider's state with the key of `scope` (or the module's key); `idle` when never asked. */
export function currentState(store: ModelStoreApi, providerId: string, scope?: string): ProviderModelsState {
  const select = scope === undefined ? selectProvider(providerId) : selectScopedProvider(providerId, scope);
  return select(store.getState()) ?? idleProviderState();
}
