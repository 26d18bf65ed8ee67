import { z } from 'zod';
import { AttachmentSource, AttributionFields, ChatRequest, DiscoveryStatus, ModelInfo, ProviderDefinition, SerializedProviderError, ToolName } from '@modelgate/provider-contracts';

/**
 * The demo's HTTP contract, shared by the server, the page and the CLI's `--json` output. Browser-safe:
 * zod and the contracts only.
 */

/** What a client sees of a model; `provider` is also the first segment of its id. */
export const ModelSummary = ModelInfo.pick({ id: true, provider: true, name: true, mode: true, contextWindow: true, capabilities: true, pricing: true });
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
  /** Whole request body, in bytes: room for the attachments below, sent again with every turn, and the text. */
  bodyBytes: 8 * 1024 * 1024,
  messages: 50,
  /** Tool names per request (each must be one of the server's tools). */
  tools: 16,
  /** Characters per message. */
  messageChars: 16_000,
  modelIdChars: 200,
  maxTokens: 32_768,
  /** Objects and arrays nested in a response format's JSON schema. */
  schemaDepth: 64,
  /** Bytes of one attachment, decoded. */
  attachmentBytes: 1024 * 1024,
  /** Attachments in one request, the whole conversation counted. */
  attachments: 4,
  /** Characters of an attachment's file name. */
  filenameChars: 255,
  /** Entries of a chat's spend-log metadata, the characters of a key and of a text value. */
  metadataEntries: 16,
  metadataKeyChars: 64,
  metadataValueChars: 256,
} as const;

const MetadataValue = z.union([z.string().max(LIMITS.metadataValueChars), z.number(), z.boolean(), z.null()]);

/** The images the page and the API take (for models whose capabilities say vision). */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** The one file type they take (for models whose capabilities say pdf). */
export const PDF_MEDIA_TYPE = 'application/pdf';

const Text = z.string().max(LIMITS.messageChars);

/** Bytes that base64 text decodes to: three per four characters, less the padding. */
const decodedBytes = (data: string) => Math.floor((data.replace(/=+$/, '').length * 3) / 4);

/** Base64 of at most `LIMITS.attachmentBytes` bytes; the length is checked before the alphabet is scanned. */
const Base64Data = z
  .string()
  .refine((data) => decodedBytes(data) <= LIMITS.attachmentBytes, `decodes to more than ${LIMITS.attachmentBytes} bytes`)
  .pipe(AttachmentSource.options[1].shape.data);

/** Inline data only: a URL would have the gateway fetch an address the client chose. */
const inline = <T extends z.ZodType<string>>(mediaType: T) => z.strictObject({ kind: z.literal('base64'), mediaType, data: Base64Data });

const ContentPart = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: Text }),
  z.strictObject({ type: z.literal('image'), source: inline(z.enum(IMAGE_MEDIA_TYPES)) }),
  z.strictObject({
    type: z.literal('file'),
    mediaType: z.literal(PDF_MEDIA_TYPE),
    filename: z.string().min(1).max(LIMITS.filenameChars).optional(),
    source: inline(z.literal(PDF_MEDIA_TYPE)),
  }),
]);
export type ChatContentPart = z.infer<typeof ContentPart>;

/**
 * Conversation turns: the history the page keeps and sends again with each turn, the user's turns with images
 * and PDF files. A client cannot forge tool turns: the tools run on the server, within one call.
 */
const Message = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: Text }),
  z.strictObject({ role: z.literal('user'), content: z.union([Text.min(1), z.array(ContentPart).min(1).max(LIMITS.attachments + 1)]) }),
  z.strictObject({ role: z.literal('assistant'), content: Text }),
]);
export type ChatBodyMessage = z.infer<typeof Message>;

/** The attachments of a conversation, in order. */
export function attachmentsOf(messages: readonly ChatBodyMessage[]): Exclude<ChatContentPart, { type: 'text' }>[] {
  return messages.flatMap((message) =>
    message.role === 'user' && Array.isArray(message.content) ? message.content.filter((part) => part.type !== 'text') : [],
  );
}

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
  messages: z
    .array(Message)
    .min(1)
    .max(LIMITS.messages)
    .refine((messages) => attachmentsOf(messages).length <= LIMITS.attachments, `at most ${LIMITS.attachments} attachments per conversation`),
  tools: z.array(ToolName).max(LIMITS.tools).optional(),
  stream: z.boolean().optional(),
  responseFormat: ResponseFormat.optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().max(LIMITS.maxTokens).optional(),
  /** For models whose capabilities say reasoning. */
  reasoningEffort: ChatRequest.shape.reasoningEffort,
  /** The end user the call is for, in the gateway's spend logs (OpenAI's `user`). */
  user: AttributionFields.user,
  /** Spend-log tags (`team:a`), sent as `metadata.tags`. */
  tags: AttributionFields.tags,
  /** More spend-log metadata: flat JSON values only here, so the document can state the whole shape. */
  metadata: z
    .record(z.string().min(1).max(LIMITS.metadataKeyChars).regex(/^(?!tags$)/, 'use the tags field for tags'), MetadataValue)
    .refine((metadata) => Object.keys(metadata).length <= LIMITS.metadataEntries, `at most ${LIMITS.metadataEntries} entries`)
    .optional(),
});
export type ChatBody = z.infer<typeof ChatBody>;

/** SSE event names: one per `StreamEvent` type, plus `error` carrying an `ErrorBody`. */
export const STREAM_ERROR_EVENT = 'error';
