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

/**
 * Tokens x prices. The input count includes the tokens read from and written to the prompt cache (as OpenAI
 * and LiteLLM report it), so those are priced at the cache prices `/model/info` gives, and at the plain
 * input price where the model has none.
 */
function priced(turn: TurnCostInput, pricing: ModelPricing): number | null {
  const { usage } = turn;
  if (usage?.inputTokens == null || usage.outputTokens == null) return null;
  const { inputPerToken, outputPerToken } = pricing;
  if (inputPerToken === null || outputPerToken === null) return null;
  const read = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  const written = Math.min(usage.cacheCreationInputTokens ?? 0, usage.inputTokens - read);
  const plain = usage.inputTokens - read - written;
  return (
    plain * inputPerToken +
    read * (pricing.cacheReadPerToken ?? inputPerToken) +
    written * (pricing.cacheWritePerToken ?? inputPerToken) +
    usage.outputTokens * outputPerToken
  );
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
