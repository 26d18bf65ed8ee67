import { type ModelInfo, type ProviderDefinition } from '@modelgate/provider-contracts';

export interface KnownModel {
  model: ModelInfo;
  provider: ProviderDefinition;
}

/** The registry's mutable part: the current model list of each provider, and every listed model by id. */
export class ModelTable {
  private readonly lists = new Map<string, readonly ModelInfo[]>();
  private readonly byId = new Map<string, KnownModel>();

  /** Replaces the provider's list as a whole, so no model of its previous list stays findable. */
  replace(provider: ProviderDefinition, models: readonly ModelInfo[]): readonly ModelInfo[] {
    for (const old of this.list(provider.id)) this.byId.delete(old.id);
    const list = Object.freeze([...models]);
    for (const model of list) this.byId.set(model.id, { model, provider });
    this.lists.set(provider.id, list);
    return list;
  }

  list(providerId: string): readonly ModelInfo[] {
    return this.lists.get(providerId) ?? [];
  }

  get(modelId: string): KnownModel | undefined {
    return this.byId.get(modelId);
  }
}
