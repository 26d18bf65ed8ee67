import { type ModelStoreApi, setProviderState } from '@modelgate/model-store';
import { type ModelDiscovery } from '@modelgate/provider-contracts';

/** One discovery into the store: `loading` first (the models so far stay), then the answer. */
export async function refreshModels(store: ModelStoreApi, discovery: ModelDiscovery): Promise<void> {
  const before = store.getState().providers[discovery.providerId];
  setProviderState(store, discovery.providerId, {
    models: before?.models ?? [],
    status: 'loading',
    error: null,
    updatedAt: before?.updatedAt ?? null,
  });
  const report = await discovery.discover();
  setProviderState(store, discovery.providerId, {
    models: report.models,
    status: report.status,
    error: report.error,
    updatedAt: report.fetchedAt,
  });
}
