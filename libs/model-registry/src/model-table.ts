import { type ModelInfo, type ProviderDefinition } from '@modelgate/provider-contracts';
import { modelListProblem } from './model-list-problem';

export interface KnownModel {
  model: ModelInfo;
  provider: ProviderDefinition;
}

interface ProviderList {
  provider: ProviderDefinition;
  models: readonly ModelInfo[];
}

/** The registry's mutable part: the current model list of each provider, and every listed model by id. */
export class ModelTable {
  private readonly lists = new Map<string, ProviderList>();
  private byId = new Map<string, KnownModel>();

  /**
   * Replaces the provider's list as a whole, so no model of its previous list stays findable, leaving out the
   * models `isDenied` names. A list that cannot be the provider's (see `modelListProblem`) changes nothing:
   * the answer is the problem instead of the list kept.
   */
  replace(
    provider: ProviderDefinition,
    models: readonly ModelInfo[],
    isDenied: (modelId: string) => boolean = () => false,
  ): { kept: readonly ModelInfo[] } | { problem: string } {
    // Rebuilt rather than patched: deleting a gateway's thousands of old ids one by one costs more than
    // inserting every provider's ids into a fresh map. Other providers' ids cannot clash with the new list's:
    // each id starts with its provider's prefix, and no two providers share one.
    const byId = new Map<string, KnownModel>();
    for (const other of this.lists.values()) {
      if (other.provider.id === provider.id) continue;
      for (const model of other.models) byId.set(model.id, { model, provider: other.provider });
    }
    const kept: ModelInfo[] = [];
    // A denied model is left out but still counts for "listed twice".
    const denied = new Set<string>();
    const problem = modelListProblem(provider, models, {
      has: (id) => byId.has(id) || denied.has(id),
      add: (model) => {
        if (isDenied(model.id)) {
          denied.add(model.id);
          return;
        }
        byId.set(model.id, { model, provider });
        kept.push(model);
      },
    });
    if (problem !== null) return { problem };
    const list = Object.freeze(kept);
    this.lists.set(provider.id, { provider, models: list });
    this.byId = byId;
    return { kept: list };
  }

  list(providerId: string): readonly ModelInfo[] {
    return this.lists.get(providerId)?.models ?? [];
  }

  get(modelId: string): KnownModel | undefined {
    return this.byId.get(modelId);
  }
}
