import {
  ProviderDefinition,
  type ProviderDefinitionInput,
  ProviderError,
  issuePaths,
} from '@modelgate/provider-contracts';
import { modelListProblem } from './model-list-problem';

/** Provider definitions by id (in the order they were bound) and by model prefix. */
export interface ProviderIndex {
  byId: ReadonlyMap<string, ProviderDefinition>;
  byPrefix: ReadonlyMap<string, ProviderDefinition>;
}

/**
 * Parses and checks the definitions every provider module contributed. Any flaw is a `misconfigured` error at
 * composition: a registry that guessed around it would route calls to the wrong provider later.
 */
export function indexProviders(inputs: readonly ProviderDefinitionInput[]): ProviderIndex {
  const byId = new Map<string, ProviderDefinition>();
  const byPrefix = new Map<string, ProviderDefinition>();
  inputs.forEach((input, position) => {
    const definition = parseDefinition(input, position);
    const samePrefix = byPrefix.get(definition.modelPrefix);
    if (byId.has(definition.id)) fail(definition.id, `Provider "${definition.id}" is defined twice`);
    // Prefixes are one segment and a slash, so two of them overlap exactly when they are equal.
    if (samePrefix) {
      fail(definition.id, `Providers "${samePrefix.id}" and "${definition.id}" share the model prefix "${definition.modelPrefix}"`);
    }
    checkModels(definition);
    byId.set(definition.id, definition);
    byPrefix.set(definition.modelPrefix, definition);
  });
  return { byId, byPrefix };
}

function parseDefinition(input: ProviderDefinitionInput, position: number): ProviderDefinition {
  const parsed = ProviderDefinition.safeParse(input);
  if (parsed.success) return parsed.data;
  const id: unknown = (input as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' && id !== '' ? `"${id}"` : `#${position + 1}`;
  return fail(null, `Provider definition ${name} is invalid at ${issuePaths(parsed.error)}`);
}

function checkModels(definition: ProviderDefinition): void {
  const problem = modelListProblem(definition, definition.models);
  if (problem) fail(definition.id, `Provider "${definition.id}" has a bad catalogue: ${problem}`);
  const { defaultModel, modelPrefix } = definition;
  if (defaultModel === '') return;
  // A dynamic provider's default is checked against its prefix only: its list is unknown until discovery.
  const valid =
    definition.kind === 'static'
      ? definition.models.some((model) => model.id === defaultModel)
      : defaultModel.startsWith(modelPrefix) && defaultModel.length > modelPrefix.length;
  if (!valid) fail(definition.id, `Provider "${definition.id}" has a default model "${defaultModel}" it does not serve`);
}

function fail(provider: string | null, message: string): never {
  throw new ProviderError({ code: 'misconfigured', message, provider });
}
