import { type ModelInfo } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';

export interface ModelCheck {
  /** The model, when a configured provider serves this id, per the registry. */
  find(modelId: string): Promise<ModelInfo | undefined>;
}

/**
 * Model ids are checked against the registry, never passed through on trust. When the last discovery of the
 * model's provider (named by the id's prefix) did not succeed, the server being down at start-up say, one more
 * discovery of that provider alone runs before saying no; concurrent refreshes share one request in the loader.
 */
export function createModelCheck(modelgate: Pick<Modelgate, 'registry' | 'store' | 'discovery'>): ModelCheck {
  const known = (id: string) => modelgate.registry.getModel(id);
  return {
    async find(modelId) {
      const model = known(modelId);
      if (model) return model;
      const provider = modelgate.registry.getProviders().find((candidate) => modelId.startsWith(candidate.modelPrefix));
      if (provider?.kind !== 'dynamic') return undefined;
      if (modelgate.store.getState().providers[provider.id]?.status === 'ready') return undefined;
      await modelgate.discovery.refresh({ providerId: provider.id });
      return known(modelId);
    },
  };
}
