import { z } from 'zod';

/** Why the last turn ended, normalised, with the provider's own word beside it. */
export const FinishReason = z.object({
  unified: z.enum(['stop', 'length', 'tool-calls', 'content-filter', 'error', 'other', 'unknown']),
  /** As the provider sent it (`stop`, `tool_calls`, `end_turn`...), or `null` when absent. */
  raw: z.string().nullable(),
});
export type FinishReason = z.infer<typeof FinishReason>;
