import { z } from 'zod';

/**
 * Where a cost figure came from, best first: the gateway's `x-litellm-response-cost` header, the `usage.cost`
 * field of the final chunk, our own tokens x per-token prices, or nothing known.
 */
export const CostSource = z.enum(['gateway-header', 'usage-field', 'price-table', 'unknown']);
export type CostSource = z.infer<typeof CostSource>;

export const Cost = z.object({
  /** US dollars for the whole call (every turn); `null` when unknown, never a made-up 0. */
  usd: z.number().nonnegative().nullable(),
  source: CostSource,
});
export type Cost = z.infer<typeof Cost>;

export const UNKNOWN_COST: Cost = Object.freeze({ usd: null, source: 'unknown' });
