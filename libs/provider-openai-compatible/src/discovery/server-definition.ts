import { type ProviderDefinition } from '@modelgate/provider-contracts';

export interface ServerDefinitionInput {
  /** Also the model prefix: `vllm` gives `vllm/<model>`. */
  id: string;
  name: string;
  description: string;
  /** Defaults to the id. */
  icon?: string;
}

/**
 * The definition of an operator-run OpenAI-compatible server: dynamic (models come from discovery), no user
 * key (the operator configures the server's key), and a default model of '' until discovery, never a
 * made-up id such as `litellm/generic` (the seed change request's bogus default).
 */
export function discoveredServerDefinition(input: ServerDefinitionInput): ProviderDefinition {
  return {
    id: input.id,
    name: input.name,
    description: input.description,
    icon: input.icon ?? input.id,
    modelPrefix: `${input.id}/`,
    family: 'openai-compatible',
    kind: 'dynamic',
    requiresUserApiKey: false,
    defaultModel: '',
    models: [],
  };
}
