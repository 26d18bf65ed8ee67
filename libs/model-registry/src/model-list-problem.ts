import { type ModelInfo, type ProviderDefinition } from '@modelgate/provider-contracts';

/** Where a checked list goes: whether an id came earlier in it, and each model once it has passed. */
export interface ListIndex {
  has(id: string): boolean;
  add(model: ModelInfo): void;
}

function idSet(): ListIndex {
  const ids = new Set<string>();
  return { has: (id) => ids.has(id), add: (model) => ids.add(model.id) };
}

/**
 * Why a model list cannot belong to a provider, or `null` when it can: every model carries the provider's id,
 * starts with its prefix (with a name after it) and appears once. The caller picks the error code: a bad
 * static catalogue is `misconfigured`, a bad discovered list is `invalid_response`. A caller that indexes the
 * list anyway passes its index, so thousands of ids are hashed into one map instead of two.
 */
export function modelListProblem(
  definition: ProviderDefinition,
  models: readonly ModelInfo[],
  index: ListIndex = idSet(),
): string | null {
  for (const model of models) {
    if (model.provider !== definition.id) {
      return `model "${model.id}" names provider "${model.provider}", not "${definition.id}"`;
    }
    if (!model.id.startsWith(definition.modelPrefix) || model.id.length === definition.modelPrefix.length) {
      return `model "${model.id}" does not start with the prefix "${definition.modelPrefix}"`;
    }
    if (index.has(model.id)) return `model "${model.id}" is listed twice`;
    index.add(model);
  }
  return null;
}
