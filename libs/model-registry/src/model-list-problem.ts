import { type ModelInfo, type ProviderDefinition } from '@modelgate/provider-contracts';

/**
 * Why a model list cannot belong to a provider, or `null` when it can: every model carries the provider's id,
 * starts with its prefix (with a name after it) and appears once. The caller picks the error code: a bad
 * static catalogue is `misconfigured`, a bad discovered list is `invalid_response`.
 */
export function modelListProblem(definition: ProviderDefinition, models: readonly ModelInfo[]): string | null {
  const seen = new Set<string>();
  for (const model of models) {
    if (model.provider !== definition.id) {
      return `model "${model.id}" names provider "${model.provider}", not "${definition.id}"`;
    }
    if (!model.id.startsWith(definition.modelPrefix) || model.id.length === definition.modelPrefix.length) {
      return `model "${model.id}" does not start with the prefix "${definition.modelPrefix}"`;
    }
    if (seen.has(model.id)) return `model "${model.id}" is listed twice`;
    seen.add(model.id);
  }
  return null;
}
