import { isPlainJsonObject } from '@modelgate/provider-contracts';
import { z } from 'zod';

// What OpenAI-compatible servers send back. Every field may be missing or null and unknown keys are kept:
// proxies differ by version (litellm-api.md), so nothing here is stricter than what the engine reads.

const Count = z.number().nullish();

export const WireUsage = z.looseObject({
  prompt_tokens: Count,
  completion_tokens: Count,
  total_tokens: Count,
  prompt_tokens_details: z.looseObject({ cached_tokens: Count }).nullish(),
  completion_tokens_details: z.looseObject({ reasoning_tokens: Count }).nullish(),
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

const WireChoice = z.looseObject({
  index: z.number().nullish(),
  delta: WireDelta.nullish(),
  message: WireDelta.nullish(),
  finish_reason: z.string().nullish(),
});

/** A `chat.completion.chunk`, a whole `chat.completion`, or an error frame sent on a 200 stream. */
export const WireCompletion = z.looseObject({
  choices: z.array(WireChoice).nullish(),
  usage: WireUsage.nullish(),
  error: z.union([WireErrorBody, z.string()]).nullish(),
});
export type WireCompletion = z.infer<typeof WireCompletion>;

// The fast path: most chunks are plain text deltas, and a lenient zod parse copies every loose object of
// every chunk (15% of a stream's time). A chunk these typeof checks accept is one `WireCompletion` accepts
// unchanged, so it is used as it is; anything else (error frames, odd types) takes the schema, which keeps
// its messages and its leniency.

type Check = (value: unknown) => boolean;

const isCount: Check = (value) => value == null || (typeof value === 'number' && Number.isFinite(value));
const isIndex: Check = (value) => value == null || Number.isSafeInteger(value);
const isText: Check = (value) => value == null || typeof value === 'string';

// Plain loops: these run for every chunk of every stream, where `every` with a destructuring callback
// showed in profiles.
function nullishRecord(fields: Record<string, Check>): Check {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  return (value) => {
    if (value == null) return true;
    if (!isPlainJsonObject(value)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i](value[keys[i]])) return false;
    return true;
  };
}

const nullishArray =
  (item: Check): Check =>
  (value) => {
    if (value == null) return true;
    if (!Array.isArray(value)) return false;
    for (const element of value) if (!item(element)) return false;
    return true;
  };

const isUsage = nullishRecord({
  prompt_tokens: isCount,
  completion_tokens: isCount,
  total_tokens: isCount,
  prompt_tokens_details: nullishRecord({ cached_tokens: isCount }),
  completion_tokens_details: nullishRecord({ reasoning_tokens: isCount }),
  cost: isCount,
});

const isToolCall = nullishRecord({
  index: isIndex,
  id: isText,
  function: nullishRecord({ name: isText, arguments: isText }),
});

const isDelta = nullishRecord({
  content: isText,
  reasoning_content: isText,
  reasoning: isText,
  tool_calls: nullishArray((call) => call != null && isToolCall(call)),
});

const isChoice = nullishRecord({ index: isCount, delta: isDelta, message: isDelta, finish_reason: isText });

const isCompletionOrNullish = nullishRecord({
  choices: nullishArray((choice) => choice != null && isChoice(choice)),
  usage: isUsage,
  error: (value) => value == null,
});

function isPlainCompletion(raw: unknown): raw is WireCompletion {
  return raw != null && isCompletionOrNullish(raw);
}

/** `WireCompletion.safeParse`, with the fast path for well-formed chunks that carry no error. */
export function parseWireCompletion(raw: unknown): z.ZodSafeParseResult<WireCompletion> {
  return isPlainCompletion(raw) ? { success: true, data: raw } : WireCompletion.safeParse(raw);
}
