import { z } from 'zod';
import { ModelInfo } from './model-info';

/** Wire-format families: how messages and attachments are shaped for a provider's API. */
export const ProviderFamily = z.enum(['openai-compatible']);
export type ProviderFamily = z.infer<typeof ProviderFamily>;

export const ProviderDefinition = z.object({
  /** Stable id, also the first segment of every model id: `litellm`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string(),
  /** Name of an icon the UI knows. */
  icon: z.string(),
  /** Every model id of this provider starts with it: `litellm/`. */
  modelPrefix: z.string().regex(/^[a-z0-9][a-z0-9-]*\/$/),
  family: ProviderFamily,
  /** Dynamic providers learn their models by discovery; static ones ship a catalogue. */
  kind: z.enum(['dynamic', 'static']),
  /** Whether each user must bring their own key (false for gateways configured by the operator). */
  requiresUserApiKey: z.boolean(),
  /** May be '' (dynamic providers before discovery): never a made-up id. */
  defaultModel: z.string(),
  /** Static catalogue; discovery replaces the models of dynamic providers. */
  models: z.array(ModelInfo).default([]),
});
export type ProviderDefinition = z.infer<typeof ProviderDefinition>;
export type ProviderDefinitionInput = z.input<typeof ProviderDefinition>;
