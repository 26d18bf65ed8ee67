import { z } from 'zod';
import { JsonValue } from './attribution';

/**
 * Wire fields modelgate owns: the model, the conversation, streaming and tools are what the engine builds a
 * call from, so a provider option may not set them.
 */
export const OWNED_WIRE_FIELDS: readonly string[] = ['model', 'messages', 'stream', 'stream_options', 'tools', 'tool_choice'];

/** Wire fields a typed option sets: a provider option naming one would race it, so the option is named instead. */
export const TYPED_WIRE_FIELDS: Readonly<Record<string, string>> = {
  temperature: 'temperature',
  max_tokens: 'maxTokens',
  max_completion_tokens: 'maxTokens',
  reasoning_effort: 'reasoningEffort',
  response_format: 'responseFormat',
  top_p: 'topP',
  stop: 'stop',
  seed: 'seed',
  presence_penalty: 'presencePenalty',
  frequency_penalty: 'frequencyPenalty',
  parallel_tool_calls: 'parallelToolCalls',
  logprobs: 'logprobs',
  top_logprobs: 'topLogprobs',
  n: 'n',
  user: 'user',
  metadata: 'metadata',
};

const Penalty = z.number().min(-2).max(2);

/** Extra body fields for one provider, by wire name. */
export const ProviderBodyFields = z.record(z.string().min(1), JsonValue);
export type ProviderBodyFields = z.infer<typeof ProviderBodyFields>;

/** The sampling and output options every OpenAI-compatible server takes, in modelgate's names. */
export const RequestOptionFields = {
  /** Nucleus sampling: only the tokens of the top `topP` probability mass; `top_p`. */
  topP: z.number().gt(0).max(1).optional(),
  /** Up to four sequences at which the model stops; `stop`. */
  stop: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(4)]).optional(),
  /** Best-effort determinism for the same request; `seed`. */
  seed: z.number().int().optional(),
  /** -2..2: positive values favour tokens not seen yet; `presence_penalty`. */
  presencePenalty: Penalty.optional(),
  /** -2..2: positive values penalise tokens by how often they appeared; `frequency_penalty`. */
  frequencyPenalty: Penalty.optional(),
  /** Whether the model may ask for several tools in one turn; sent only with tools; `parallel_tool_calls`. */
  parallelToolCalls: z.boolean().optional(),
  /** Ask for the log probabilities of the output tokens; `logprobs`. */
  logprobs: z.boolean().optional(),
  /** 0..20 most likely tokens per position; needs `logprobs: true`; `top_logprobs`. */
  topLogprobs: z.number().int().min(0).max(20).optional(),
  /**
   * Choices per call. A result holds one answer (the tool loop follows one conversation), so only 1 is
   * taken: more would be billed and thrown away.
   */
  n: z.literal(1, { error: 'n: a call returns one choice; ask again for another answer' }).optional(),
  /**
   * Extra body fields by provider id (`{ litellm: { mock_testing_fallbacks: true } }`), sent only to that
   * provider, as they are. They may not set what modelgate owns (model, messages, stream, tools) nor a field a
   * typed option sets.
   */
  providerOptions: z.record(z.string().min(1), ProviderBodyFields).optional(),
};

type OptionValues = { [K in keyof typeof RequestOptionFields]?: z.infer<(typeof RequestOptionFields)[K]> };

/** Refinement of a request carrying the options: the combinations no single field's schema can refuse. */
export function checkRequestOptions(options: OptionValues, ctx: z.RefinementCtx): void {
  if (options.topLogprobs !== undefined && options.logprobs !== true) {
    ctx.addIssue({ code: 'custom', path: ['topLogprobs'], message: 'topLogprobs needs logprobs: true' });
  }
  for (const [provider, fields] of Object.entries(options.providerOptions ?? {})) {
    for (const field of Object.keys(fields)) {
      const path = ['providerOptions', provider, field];
      if (OWNED_WIRE_FIELDS.includes(field)) {
        ctx.addIssue({ code: 'custom', path, message: `"${field}" is set by modelgate and may not be overridden` });
      } else if (field in TYPED_WIRE_FIELDS) {
        ctx.addIssue({ code: 'custom', path, message: `"${field}" is an option of its own: use ${TYPED_WIRE_FIELDS[field]}` });
      }
    }
  }
}
