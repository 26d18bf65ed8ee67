import { z } from 'zod';

/** Clients send far more than we read: every object here keeps its unknown keys. */
const WireToolCall = z.looseObject({
  id: z.string().nullish(),
  type: z.string().nullish(),
  function: z.looseObject({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});

export const WireMessage = z.looseObject({
  role: z.string(),
  content: z.unknown().optional(),
  name: z.string().nullish(),
  tool_calls: z.array(WireToolCall).nullish(),
  tool_call_id: z.string().nullish(),
});
export type WireMessage = z.infer<typeof WireMessage>;

export const WireTool = z.looseObject({
  type: z.string(),
  function: z.looseObject({
    name: z.string(),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
  }),
});
export type WireTool = z.infer<typeof WireTool>;

const ResponseFormat = z.looseObject({
  type: z.string(),
  json_schema: z
    .looseObject({
      name: z.string().nullish(),
      schema: z.record(z.string(), z.unknown()).nullish(),
      strict: z.boolean().nullish(),
    })
    .nullish(),
});

/** The body of `POST /v1/chat/completions`, as far as the simulator reads it. */
export const ChatRequestBody = z.looseObject({
  model: z.string(),
  messages: z.array(WireMessage),
  tools: z.array(WireTool).nullish(),
  tool_choice: z.unknown().optional(),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().nullish() }).nullish(),
  response_format: ResponseFormat.nullish(),
  temperature: z.number().nullish(),
  max_tokens: z.number().nullish(),
  reasoning_effort: z.string().nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().nonnegative().nullish(),
  /** The end user, as LiteLLM's spend logs attribute the call. */
  user: z.string().nullish(),
  /** LiteLLM's spend tracking reads `metadata.tags`; any JSON values otherwise. */
  metadata: z.record(z.string(), z.unknown()).nullish(),
});
export type ChatRequestBody = z.infer<typeof ChatRequestBody>;

/** A chat request as the simulator received it, with its lower-cased headers. */
export type RecordedChatRequest = ChatRequestBody & { headers: Record<string, string> };

/** The plain text of a message's content: a string, or the text parts of a content array. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) =>
      typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string'
        ? (part as { text: string }).text
        : '',
    )
    .filter((text) => text !== '')
    .join(' ');
}
