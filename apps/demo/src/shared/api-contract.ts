import { z } from 'zod';
import { DiscoveryStatus, ModelInfo, ProviderDefinition, SerializedProviderError, ToolName } from '@modelgate/provider-contracts';

/**
 * The demo's HTTP contract, shared by the server, the page and the CLI's `--json` output. Browser-safe:
 * zod and the contracts only.
 */

/** What a client sees of a model; `provider` is also the first segment of its id. */
export const ModelSummary = ModelInfo.pick({ id: true, provider: true, name: true, contextWindow: true, capabilities: true, pricing: true });
export type ModelSummary = z.infer<typeof ModelSummary>;

/** What a client sees of a provider: `litellm`/LiteLLM, `vllm`/vLLM. */
export const ProviderSummary = ProviderDefinition.pick({ id: true, name: true });
export type ProviderSummary = z.infer<typeof ProviderSummary>;

/** `GET /api/providers`: the providers this server is configured with, in the order it lists them. */
export const ProvidersResponse = z.object({ providers: z.array(ProviderSummary) });
export type ProvidersResponse = z.infer<typeof ProvidersResponse>;

/**
 * `GET /api/providers/:provider/models` (e.g. `/api/providers/litellm/models`): 200 for `ready` and
 * `empty`, a 5xx with `error` otherwise.
 */
export const ModelsResponse = z.object({
  status: DiscoveryStatus,
  models: z.array(ModelSummary),
  error: SerializedProviderError.optional(),
});
export type ModelsResponse = z.infer<typeof ModelsResponse>;

/**
 * The CLI's `models --json`: every configured provider's models in one list, and how each provider's
 * discovery went. The top-level `status` and `error` are the first failure's, so one provider down is a
 * failure even while the other's models are listed.
 */
export const ModelsOverview = ModelsResponse.extend({
  providers: z.array(ProviderSummary.extend({ status: DiscoveryStatus, error: SerializedProviderError.optional() })),
});
export type ModelsOverview = z.infer<typeof ModelsOverview>;

/** Every 4xx and 5xx of the API but the models routes, and the data of an SSE `error` event. */
export const ErrorBody = z.object({ error: SerializedProviderError });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const LIMITS = {
  /** Whole request body, in bytes. */
  bodyBytes: 64 * 1024,
  messages: 50,
  /** Tool names per request (each must be one of the server's tools). */
  tools: 16,
  /** Characters per message. */
  messageChars: 16_000,
  modelIdChars: 200,
  maxTokens: 32_768,
  /** Objects and arrays nested in a response format's JSON schema. */
  schemaDepth: 64,
} as const;

const Text = z.string().max(LIMITS.messageChars);

/** Text-only conversation turns: the demo neither accepts attachments nor lets a client forge tool turns. */
const Message = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: Text }),
  z.strictObject({ role: z.literal('user'), content: Text.min(1) }),
  z.strictObject({ role: z.literal('assistant'), content: Text }),
]);

/**
 * Whether a JSON value nests at most `limit` objects and arrays deep. Walked without recursion: a schema
 * nested thousands deep fits in the body limit and overflows the stack of every recursive serialiser after
 * us (the SDK's JSON.stringify failed with a RangeError, answered as a 502).
 */
function nestsWithin(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return false;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return true;
}

const ResponseFormat = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text') }),
  z.strictObject({ type: z.literal('json_object') }),
  z.strictObject({
    type: z.literal('json_schema'),
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    schema: z
      .record(z.string(), z.unknown())
      .refine((schema) => nestsWithin(schema, LIMITS.schemaDepth), `nests deeper than ${LIMITS.schemaDepth} levels`),
  }),
]);

/**
 * `POST /api/providers`. Strict at every level: a field the server does not know (a base URL, a key, a
 * header) is a 400, never passed on. Tools are named, not defined: the server runs only its own.
 */
export const ChatBody = z.strictObject({
  model: z.string().min(1).max(LIMITS.modelIdChars),
  messages: z.array(Message).min(1).max(LIMITS.messages),
  tools: z.array(ToolName).max(LIMITS.tools).optional(),
  stream: z.boolean().optional(),
  responseFormat: ResponseFormat.optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().max(LIMITS.maxTokens).optional(),
});
export type ChatBody = z.infer<typeof ChatBody>;

/** SSE event names: one per `StreamEvent` type, plus `error` carrying an `ErrorBody`. */
export const STREAM_ERROR_EVENT = 'error';
