import { z } from 'zod';

const Millis = z.number().nonnegative();

/** One model call or one tool call, placed on the call's own clock (ms since it started). */
export const TimingSegment = z.object({
  kind: z.enum(['model', 'tool']),
  /** Tool name for tool segments; the model id for model segments. */
  name: z.string(),
  /** Tool-loop turn, from 1. */
  turn: z.number().int().positive(),
  startMs: Millis,
  durationMs: Millis,
});
export type TimingSegment = z.infer<typeof TimingSegment>;

export const Timing = z.object({
  /** Wall time from the call to its result. */
  totalMs: Millis,
  /** Until the first text or tool-call delta of the first turn (streaming) or the first response (plain). */
  timeToFirstTokenMs: Millis.nullable(),
  /** Sum of model segments. */
  modelMs: Millis,
  /** Wall time spent running tools (parallel tools of one turn count once). */
  toolMs: Millis,
  segments: z.array(TimingSegment),
});
export type Timing = z.infer<typeof Timing>;
