import { type DiscoveryReport, isProviderError } from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { type ModelStoreApi, setProviderState } from './create-model-store';
import { idleProviderState } from './model-store-state';
import { selectProvider } from './selectors';

/**
 * Puts one discovery answer into the registry and the store, and returns the report as applied. A success
 * replaces the provider's models in both (denied models dropped, so `ready` may become `empty`). A failure
 * keeps the models both already had: a proxy that is briefly down should not empty the model picker.
 */
export function applyReport(registry: ModelRegistry, store: ModelStoreApi, report: DiscoveryReport): DiscoveryReport {
  const id = report.provider;
  const previous = selectProvider(id)(store.getState()) ?? idleProviderState();
  if (report.status !== 'ready' && report.status !== 'empty') {
    const error = report.error ?? { code: report.status, message: `Discovery for "${id}" ended as ${report.status}` };
    setProviderState(store, id, { ...previous, status: report.status, error, updatedAt: report.fetchedAt });
    return { ...report, error };
  }
  let kept;
  try {
    kept = registry.setDynamicModels(id, report.models);
  } catch (error) {
    const code = isProviderError(error) ? error.code : 'invalid_response';
    const message = error instanceof Error ? error.message : 'The registry refused the discovered models';
    return applyReport(registry, store, { ...report, status: 'invalid_response', models: [], error: { code, message } });
  }
  const applied: DiscoveryReport = { ...report, status: kept.length === 0 ? 'empty' : 'ready', models: [...kept], error: null };
  setProviderState(store, id, { models: applied.models, status: applied.status, error: null, updatedAt: report.fetchedAt });
  return applied;
}
