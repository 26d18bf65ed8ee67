import { z } from 'zod';
import { ChatRequest } from '@modelgate/provider-contracts';
import { IMAGE_MEDIA_TYPES, PDF_MEDIA_TYPE } from '../shared/api-contract';
import { AnswerState } from './answer-state';

/** A file the user attached to a turn, as the page keeps it (base64, as the API takes it). */
export const PageAttachment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image'), name: z.string(), mediaType: z.enum(IMAGE_MEDIA_TYPES), bytes: z.number().int().nonnegative(), data: z.string() }),
  z.object({ kind: z.literal('pdf'), name: z.string(), mediaType: z.literal(PDF_MEDIA_TYPE), bytes: z.number().int().nonnegative(), data: z.string() }),
]);
export type PageAttachment = z.infer<typeof PageAttachment>;

export const ReasoningEffort = ChatRequest.shape.reasoningEffort.unwrap();
export type ReasoningEffort = z.infer<typeof ReasoningEffort>;

/**
 * One exchange of the conversation: what the user sent, to which model, and the answer. Only `done` turns are
 * sent again as history: a failed or stopped answer is not something the model said.
 */
export const Turn = z.object({
  id: z.string().min(1),
  prompt: z.string(),
  attachments: z.array(PageAttachment),
  model: z.string(),
  reasoningEffort: ReasoningEffort.optional(),
  tools: z.boolean(),
  status: z.enum(['streaming', 'done', 'failed', 'stopped']),
  answer: AnswerState,
  /** The demo server's own HTTP status when it refused the turn (401: it wants its token); `null` otherwise. */
  httpStatus: z.number().int().nullable(),
  startedAt: z.iso.datetime(),
});
export type Turn = z.infer<typeof Turn>;

/** The conversation as local storage keeps it and "Export JSON" writes it. */
export const Transcript = z.object({
  format: z.literal('modelgate-demo-transcript'),
  version: z.literal(1),
  system: z.string(),
  turns: z.array(Turn),
});
export type Transcript = z.infer<typeof Transcript>;

export const DEFAULT_SYSTEM_PROMPT = 'You are a concise assistant. Use the tools for arithmetic and unit conversions.';

export const emptyTranscript = (system = DEFAULT_SYSTEM_PROMPT): Transcript => ({
  format: 'modelgate-demo-transcript',
  version: 1,
  system,
  turns: [],
});

/**
 * A stored transcript, or `null` when there is none or it does not read (another version, edited by hand). A
 * turn still streaming when the page went away was cut off: it reads as stopped.
 */
export function readTranscript(text: string | null): Transcript | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = Transcript.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, turns: parsed.data.turns.map((turn) => (turn.status === 'streaming' ? { ...turn, status: 'stopped' } : turn)) };
}
