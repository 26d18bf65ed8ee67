import { type ModelStoreApi, type ProviderModelsState, idleProviderState, selectProvider } from '@modelgate/model-store';
import { type ModelDiscovery } from '@modelgate/provider-contracts';

/**
 * Runs the page's discovery into the model store, as the library's loader does on the server: `loading`
 * first, then the answer. A failure keeps the models already shown (a blip should not empty the picker), and
 * only the latest refresh may write its answer, so a slow one cannot overwrite a newer state.
 */
export function createModelRefresher(store: ModelStoreApi, discovery: ModelDiscovery): () => Promise<void> {
  const id = discovery.providerId;
  let latest = 0;
  const put = (next: ProviderModelsState) => store.setState((state) => ({ providers: { ...state.providers, [id]: next } }));
  return async () => {
    const run = ++latest;
    const before = selectProvider(id)(store.getState()) ?? idleProviderState();
    put({ ...before, status: 'loading' });
    const report = await discovery.discover();
    if (run !== latest) return;
    const succeeded = report.status === 'ready' || report.status === 'empty';
    put(
      succeeded
        ? { models: report.models, status: report.status, error: null, updatedAt: report.fetchedAt }
        : { ...before, status: report.status, error: report.error, updatedAt: report.fetchedAt },
    );
  };
}
