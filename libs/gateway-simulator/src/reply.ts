import { z } from 'zod';

/** One scripted tool call; `arguments` may be a JSON string (sent as is) or an object (stringified). */
export const ScriptedToolCall = z.strictObject({
  name: z.string().min(1),
  arguments: z.union([z.string(), z.record(z.string(), z.unknown())]),
  /** Defaults to a deterministic `call_<n>`. */
  id: z.string().min(1).optional(),
});
export type ScriptedToolCall = z.infer<typeof ScriptedToolCall>;

/** Usage as the proxy reports it; any field given here replaces the computed one. */
export const ScriptedUsage = z.strictObject({
  prompt_tokens: z.number().int().nonnegative().optional(),
  completion_tokens: z.number().int().nonnegative().optional(),
  total_tokens: z.number().int().nonnegative().optional(),
  /** USD, sent inside `usage` (LiteLLM's `include_cost_in_streaming_usage`). */
  cost: z.number().nonnegative().optional(),
  prompt_tokens_details: z
    .strictObject({
      cached_tokens: z.number().int().nonnegative().optional(),
      /** Tokens written to the prompt cache, as LiteLLM reports Anthropic's cache writes. */
      cache_creation_tokens: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /** LiteLLM's top-level copies of the cache counts (Anthropic's names). */
  cache_read_input_tokens: z.number().int().nonnegative().optional(),
  cache_creation_input_tokens: z.number().int().nonnegative().optional(),
  completion_tokens_details: z
    .strictObject({ reasoning_tokens: z.number().int().nonnegative().optional() })
    .optional(),
});
export type ScriptedUsage = z.infer<typeof ScriptedUsage>;

/** A successful answer: what the model says and how the simulator sends it. */
export const Reply = z.strictObject({
  text: z.string().optional(),
  /** Sent as `reasoning_content` on the message or the deltas. */
  reasoning: z.string().optional(),
  toolCalls: z.array(ScriptedToolCall).optional(),
  /** Defaults to `tool_calls` when there are tool calls, else `stop`. */
  finishReason: z.string().min(1).optional(),
  /** `null`: no usage at all; absent: computed from text lengths. */
  usage: ScriptedUsage.nullable().optional(),
  /** `x-litellm-response-cost` on non-streaming answers; `null` leaves it out, absent computes it from prices. */
  costHeaderUsd: z.number().nonnegative().nullable().optional(),
  /** Streaming: characters of text per chunk. */
  chunkSize: z.number().int().positive().optional(),
  /** Streaming: milliseconds between chunks. */
  chunkDelayMs: z.number().nonnegative().optional(),
  /** Milliseconds before the response headers. */
  delayMs: z.number().nonnegative().optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
export type Reply = z.infer<typeof Reply>;

const afterChunks = z.number().int().nonnegative().optional();

/** A scripted failure, each shaped the way LiteLLM (or its known bugs) produce it. */
export const Fault = z.discriminatedUnion('fault', [
  z.strictObject({
    fault: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** Milliseconds before the answer, as a backend that takes its time to fail. */
    delayMs: z.number().nonnegative().optional(),
  }),
  z.strictObject({ fault: z.literal('unauthorized') }),
  z.strictObject({ fault: z.literal('invalid-model') }),
  z.strictObject({ fault: z.literal('request-timeout') }),
  z.strictObject({ fault: z.literal('rate-limit'), retryAfterSeconds: z.number().nonnegative().optional() }),
  z.strictObject({ fault: z.literal('no-deployments') }),
  z.strictObject({ fault: z.literal('budget-exceeded'), status: z.union([z.literal(429), z.literal(400)]).optional() }),
  z.strictObject({ fault: z.literal('server-error') }),
  z.strictObject({ fault: z.literal('unavailable') }),
  z.strictObject({ fault: z.literal('context-window') }),
  z.strictObject({ fault: z.literal('stall-headers') }),
  z.strictObject({ fault: z.literal('stall-body'), afterChunks }),
  z.strictObject({ fault: z.literal('cut-stream'), afterChunks }),
  z.strictObject({ fault: z.literal('midstream-error'), afterChunks }),
  z.strictObject({ fault: z.literal('malformed-json') }),
  z.strictObject({ fault: z.literal('tool-deltas-index0'), reply: Reply }),
  z.strictObject({ fault: z.literal('missing-tool-ids'), reply: Reply }),
]);
export type Fault = z.infer<typeof Fault>;
export type FaultKind = Fault['fault'];

/** One entry of a model's queue: an answer or a failure. */
export const Step = z.union([Fault, Reply]);
export type Step = Reply | Fault;

export function isFault(step: Step): step is Fault {
  return 'fault' in step;
}

/** Parses input we own strictly, so a typo in a test script fails loudly instead of being ignored. */
export function parseStrict<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new TypeError(`gateway simulator: invalid ${what}: ${issues.join('; ')}`);
}
