import { LITELLM_PROVIDER_ID } from '@modelgate/provider-litellm';
import { type Modelgate } from '@modelgate/provider-runtime';

export interface ModelCheck {
  /** Whether the gateway serves this model id, per the registry. */
  isServed(modelId: string): Promise<boolean>;
}

/**
 * Model ids are checked against the registry, never passed through on trust. When the last discovery did
 * not succeed (the proxy was down at start-up), one more discovery runs before saying no; concurrent
 * refreshes share one request in the loader.
 */
export function createModelCheck(modelgate: Pick<Modelgate, 'registry' | 'store' | 'discovery'>): ModelCheck {
  const known = (id: string) => modelgate.registry.getModel(id) !== undefined;
  return {
    async isServed(modelId) {
      if (known(modelId)) return true;
      if (modelgate.store.getState().providers[LITELLM_PROVIDER_ID]?.status === 'ready') return false;
      await modelgate.discovery.refresh({ providerId: LITELLM_PROVIDER_ID });
      return known(modelId);
    },
  };
}
