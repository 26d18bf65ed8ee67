import { z } from 'zod';

/**
 * What a model is for, in LiteLLM's words (`model-purpose.ts` says which modes take chats, which embeddings);
 * `unknown`: the server does not say. `other`: the server names a mode not in this list (LiteLLM's
 * `realtime`, `video_generation`, whatever comes next), which takes neither.
 */
export const ModelMode = z.enum([
  'chat',
  'completion',
  'responses',
  'embedding',
  'image_generation',
  'audio_transcription',
  'audio_speech',
  'rerank',
  'moderation',
  'other',
  'unknown',
]);
export type ModelMode = z.infer<typeof ModelMode>;

const Flag = z.boolean().nullable();

/** Capabilities: `true`/`false` when the gateway says, `null` when it does not know. */
export const ModelCapabilities = z.object({
  tools: Flag,
  parallelTools: Flag,
  toolChoice: Flag,
  vision: Flag,
  structuredOutput: Flag,
  systemMessages: Flag,
  reasoning: Flag,
  pdf: Flag,
  promptCaching: Flag,
});
export type ModelCapabilities = z.infer<typeof ModelCapabilities>;

export const UNKNOWN_CAPABILITIES: ModelCapabilities = Object.freeze({
  tools: null,
  parallelTools: null,
  toolChoice: null,
  vision: null,
  structuredOutput: null,
  systemMessages: null,
  reasoning: null,
  pdf: null,
  promptCaching: null,
});

/** US dollars per token; `null` when not known. */
export const ModelPricing = z.object({
  inputPerToken: z.number().nonnegative().nullable(),
  outputPerToken: z.number().nonnegative().nullable(),
  /** USD per input token read from the prompt cache (`cache_read_input_token_cost`); absent or null: unknown. */
  cacheReadPerToken: z.number().nonnegative().nullable().optional(),
  /** USD per input token written to the prompt cache (`cache_creation_input_token_cost`); absent or null: unknown. */
  cacheWritePerToken: z.number().nonnegative().nullable().optional(),
});
export type ModelPricing = z.infer<typeof ModelPricing>;

export const ModelInfo = z.object({
  /** Prefixed id, unique across providers: `litellm/gpt-4o-mini`. */
  id: z.string().min(1),
  /** Provider id (`litellm`). */
  provider: z.string().min(1),
  /** The id the provider itself knows (`gpt-4o-mini`). */
  name: z.string().min(1),
  mode: ModelMode,
  /** Max input tokens. */
  contextWindow: z.number().int().positive().nullable(),
  maxOutputTokens: z.number().int().positive().nullable(),
  /** Length of an embedding model's vectors (LiteLLM's `output_vector_size`); absent or `null` when not known. */
  dimensions: z.number().int().positive().nullish(),
  pricing: ModelPricing,
  capabilities: ModelCapabilities,
});
export type ModelInfo = z.infer<typeof ModelInfo>;
