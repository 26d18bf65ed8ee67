import { z } from 'zod';

/**
 * What the engine did to a call that the caller did not ask for and would not see otherwise: an option it
 * did not send, a malformed answer it repaired or dropped, a word it could not map.
 */
export const CallWarningCode = z.enum([
  /** An option of the request was not sent (a forced tool choice with no tools listed). */
  'option-dropped',
  /** A tool call was read other than as sent: an id made up, calls split apart, empty arguments read as `{}`. */
  'tool-call-repaired',
  /** A tool-call delta that never named its tool was left out. */
  'tool-call-dropped',
  /** The last turn after the tool loop's limit asked for tools anyway: they were not run. */
  'tool-calls-not-run',
  /** The answer carried more than the one choice asked for; all but the first were ignored. */
  'choices-ignored',
  /** The server sent no finish reason: `finishReason.unified` is `unknown`. */
  'finish-reason-unknown',
  /** The server sent a finish reason of its own: `finishReason.unified` is `other`, the word kept in `raw`. */
  'finish-reason-unmapped',
]);
export type CallWarningCode = z.infer<typeof CallWarningCode>;

export const CallWarning = z.object({
  code: CallWarningCode,
  /** The turn of the tool loop it concerns (from 1); `null` for the call as a whole. */
  turn: z.number().int().positive().nullable(),
  /** What was done, in a sentence; it names options, tools and call ids, never message content. */
  message: z.string(),
});
export type CallWarning = z.infer<typeof CallWarning>;
