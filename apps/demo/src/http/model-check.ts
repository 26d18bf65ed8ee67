import { type Credentials, type ModelInfo } from '@modelgate/provider-contracts';
import { selectProvider, selectScopedProvider } from '@modelgate/model-store';
import { type Modelgate } from '@modelgate/provider-runtime';

export interface ModelCheck {
  /**
   * The model, when a configured provider serves this id, per the registry; with a tenant's `apiKey`, only
   * when that key's own discovery listed it.
   */
  find(modelId: string, credentials?: Extract<Credentials, { apiKey: string }>): Promise<ModelInfo | undefined>;
}

/**
 * Model ids are checked against the registry, never passed through on trust. When the last discovery of the
 * model's provider (named by the id's prefix) did not succeed, the server being down at start-up say, one more
 * discovery of that provider alone runs before saying no; concurrent refreshes share one request in the loader.
 * A tenant's key scope is discovered before its first chat, so its models are the ones its key may use.
 */
export function createModelCheck(modelgate: Pick<Modelgate, 'registry' | 'store' | 'discovery'>): ModelCheck {
  const { registry, store, discovery } = modelgate;
  return {
    async find(modelId, credentials) {
      const scope = credentials && registry.scopeOf(credentials.apiKey);
      const provider = registry.getProviders().find((candidate) => modelId.startsWith(candidate.modelPrefix));
      const known = () => registry.getModel(modelId, scope);
      if (provider?.kind !== 'dynamic') return known();
      const undiscovered = scope !== undefined && !registry.hasScope(provider.id, scope);
      const model = undiscovered ? undefined : known();
      if (model) return model;
      const state = scope === undefined ? selectProvider(provider.id) : selectScopedProvider(provider.id, scope);
      if (!undiscovered && state(store.getState())?.status === 'ready') return undefined;
      await discovery.refresh({ providerId: provider.id, ...(credentials && { credentials }) });
      return known();
    },
  };
}
