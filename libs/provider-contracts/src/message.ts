import { z } from 'zod';
import { ContentPart, TextPart } from './content-part';

export const SystemMessage = z.object({ role: z.literal('system'), content: z.string() });

export const UserMessage = z.object({
  role: z.literal('user'),
  /** A string, or parts mixing text with images and files. */
  content: z.union([z.string(), z.array(ContentPart).min(1)]),
});

/** A tool call the model asked for; `arguments` is the JSON text exactly as the model wrote it. */
export const AssistantToolCall = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.string(),
});
export type AssistantToolCall = z.infer<typeof AssistantToolCall>;

export const AssistantMessage = z.object({
  role: z.literal('assistant'),
  content: z.union([z.string(), z.array(TextPart)]).nullable(),
  toolCalls: z.array(AssistantToolCall).optional(),
});

export const ToolMessage = z.object({
  role: z.literal('tool'),
  /** The id of the assistant's tool call this answers. */
  toolCallId: z.string().min(1),
  content: z.string(),
});

export const ChatMessage = z.discriminatedUnion('role', [SystemMessage, UserMessage, AssistantMessage, ToolMessage]);
export type ChatMessage = z.infer<typeof ChatMessage>;
export type SystemMessage = z.infer<typeof SystemMessage>;
export type UserMessage = z.infer<typeof UserMessage>;
export type AssistantMessage = z.infer<typeof AssistantMessage>;
export type ToolMessage = z.infer<typeof ToolMessage>;
