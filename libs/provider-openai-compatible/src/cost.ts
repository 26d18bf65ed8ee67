import { type Cost, type ModelPricing, UNKNOWN_COST, type Usage } from '@modelgate/provider-contracts';

/** What one model call said about its price. */
export interface TurnCostInput {
  /** From the response headers (`x-litellm-response-cost`); never sent on streams (LiteLLM #12689). */
  headerUsd: number | null;
  /** `usage.cost` of the final chunk or response. */
  usageUsd: number | null;
  usage: Usage | null;
}

function sumIfAll(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** A turn's cost from its token counts and the model's prices; `null` when a count or price is missing. */
export type TurnPricer = (turn: TurnCostInput, pricing: ModelPricing) => number | null;

function priced(turn: TurnCostInput, pricing: ModelPricing): number | null {
  const { usage } = turn;
  if (usage?.inputTokens == null || usage.outputTokens == null) return null;
  if (pricing.inputPerToken === null || pricing.outputPerToken === null) return null;
  return usage.inputTokens * pricing.inputPerToken + usage.outputTokens * pricing.outputPerToken;
}

/** Input tokens x the input price: an embedding produces no output tokens to price. */
export const pricedByInputTokens: TurnPricer = ({ usage }, pricing) =>
  usage?.inputTokens == null || pricing.inputPerToken === null ? null : usage.inputTokens * pricing.inputPerToken;

/**
 * The cost of a whole call from the best source every turn can give: the gateway header, then the usage
 * field, then tokens x the registry's prices. A source that some turn lacks is not mixed with another one;
 * when none covers every turn the cost is unknown, never a made-up 0.
 */
export function resolveCost(turns: readonly TurnCostInput[], pricing: ModelPricing, price: TurnPricer = priced): Cost {
  if (turns.length === 0) return UNKNOWN_COST;
  const header = sumIfAll(turns.map((t) => t.headerUsd));
  if (header !== null) return { usd: header, source: 'gateway-header' };
  const field = sumIfAll(turns.map((t) => t.usageUsd));
  if (field !== null) return { usd: field, source: 'usage-field' };
  const table = sumIfAll(turns.map((t) => price(t, pricing)));
  if (table !== null) return { usd: table, source: 'price-table' };
  return UNKNOWN_COST;
}
