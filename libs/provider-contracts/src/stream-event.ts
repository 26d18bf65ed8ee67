import { z } from 'zod';
import { ChatResult } from './chat-result';
import { Usage } from './usage';

const Turn = z.number().int().positive();

/** Events of a streamed call, for every turn of the tool loop, ending with `finish` (or an error thrown). */
export const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('turn-start'), turn: Turn }),
  z.object({ type: z.literal('text-delta'), turn: Turn, delta: z.string() }),
  z.object({ type: z.literal('reasoning-delta'), turn: Turn, delta: z.string() }),
  /** A complete tool call, once its arguments have fully arrived. */
  z.object({ type: z.literal('tool-call'), turn: Turn, id: z.string(), name: z.string(), arguments: z.string() }),
  z.object({
    type: z.literal('tool-result'),
    turn: Turn,
    id: z.string(),
    name: z.string(),
    result: z.string().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().nonnegative(),
  }),
  /** Usage of one turn, as the gateway reported it. */
  z.object({ type: z.literal('usage'), turn: Turn, usage: Usage }),
  /** The same result a non-streaming call returns. */
  z.object({ type: z.literal('finish'), result: ChatResult }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;
