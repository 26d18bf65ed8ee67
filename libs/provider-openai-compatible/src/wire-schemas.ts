import { compileLenientParse } from '@modelgate/provider-contracts';
import { z } from 'zod';

// What OpenAI-compatible servers send back. Every field may be missing or null and unknown keys are kept:
// proxies differ by version (litellm-api.md), so nothing here is stricter than what the engine reads.

const Count = z.number().nullish();

export const WireUsage = z.looseObject({
  prompt_tokens: Count,
  completion_tokens: Count,
  total_tokens: Count,
  prompt_tokens_details: z.looseObject({ cached_tokens: Count, cache_creation_tokens: Count }).nullish(),
  completion_tokens_details: z.looseObject({ reasoning_tokens: Count }).nullish(),
  /** LiteLLM's Anthropic-style copies of the cache counts, beside `prompt_tokens_details`. */
  cache_read_input_tokens: Count,
  cache_creation_input_tokens: Count,
  /** USD, added by LiteLLM when `include_cost_in_streaming_usage` is on. */
  cost: Count,
});
export type WireUsage = z.infer<typeof WireUsage>;

export const WireToolCall = z.looseObject({
  /** Absent on non-streaming messages; on streams it may be 0 for every parallel call (LiteLLM #21331). */
  index: z.number().int().nullish(),
  id: z.string().nullish(),
  function: z.looseObject({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});
export type WireToolCall = z.infer<typeof WireToolCall>;

/** A stream delta, or a whole non-streaming message: both carry the same fields. */
export const WireDelta = z.looseObject({
  content: z.string().nullish(),
  /** LiteLLM and vLLM name it `reasoning_content`; newer vLLM releases say `reasoning`. */
  reasoning_content: z.string().nullish(),
  reasoning: z.string().nullish(),
  tool_calls: z.array(WireToolCall).nullish(),
});
export type WireDelta = z.infer<typeof WireDelta>;

export const WireErrorBody = z.looseObject({
  message: z.unknown().optional(),
  type: z.unknown().optional(),
  param: z.unknown().optional(),
  code: z.unknown().optional(),
});
export type WireErrorBody = z.infer<typeof WireErrorBody>;

const WireCandidate = z.looseObject({ token: z.string(), logprob: z.number() });

/** `choices[].logprobs`: one entry per token of the content (of the chunk, when streaming). */
export const WireLogprobs = z.looseObject({
  content: z.array(WireCandidate.extend({ top_logprobs: z.array(WireCandidate).nullish() })).nullish(),
});
export type WireLogprobs = z.infer<typeof WireLogprobs>;

const WireChoice = z.looseObject({
  index: z.number().nullish(),
  delta: WireDelta.nullish(),
  message: WireDelta.nullish(),
  finish_reason: z.string().nullish(),
  logprobs: WireLogprobs.nullish(),
});

/** A `chat.completion.chunk`, a whole `chat.completion`, or an error frame sent on a 200 stream. */
export const WireCompletion = z.looseObject({
  /** The model that answered, as the server names it (a deployment may answer for an alias). */
  model: z.string().nullish(),
  choices: z.array(WireChoice).nullish(),
  usage: WireUsage.nullish(),
  error: z.union([WireErrorBody, z.string()]).nullish(),
});
export type WireCompletion = z.infer<typeof WireCompletion>;

// The fast path: most chunks are plain text deltas, and a lenient zod parse copies every loose object of
// every chunk (15% of a stream's time). A chunk the guard compiled from `WireCompletion` accepts is one the
// schema accepts unchanged, so it is used as it is; anything else (error frames, odd types) takes the schema,
// which keeps its messages and its leniency.
/** `WireCompletion.safeParse`, with the fast path for well-formed chunks that carry no error. */
export const parseWireCompletion = compileLenientParse(WireCompletion);
