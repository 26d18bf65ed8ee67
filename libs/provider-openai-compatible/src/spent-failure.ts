import { type Cost, type ModelPricing, type Timing, type Usage } from '@modelgate/provider-contracts';
import { resolveCost } from './cost';
import { type TurnResult } from './model-turn';
import { sumUsage } from './usage';

/** What a call had used when it failed: the turns the model answered, their cost, and the call's timing. */
export interface Spent {
  usage: Usage;
  cost: Cost;
  timing: Timing;
}

export function spentOn(turns: readonly TurnResult[], timing: Timing, pricing: ModelPricing): Spent {
  return {
    usage: sumUsage(turns.map((t) => t.usage)),
    cost: resolveCost(turns.map((t) => ({ headerUsd: t.headerCostUsd, usageUsd: t.usageCostUsd, usage: t.usage })), pricing),
    timing,
  };
}

/**
 * A call that failed after the model had answered at least once (structured output that does not validate,
 * the tool loop limit, a later turn refused): the failure as it came, and what the call had spent, for the
 * error the caller gets once the failure is mapped.
 */
export class SpentFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly spent: Spent,
  ) {
    super('call failed after the model answered', { cause: failure });
    this.name = 'SpentFailure';
  }
}

/** The failure inside, and what was spent on it (`null` when the model never answered). */
export function unwrapSpent(error: unknown): { failure: unknown; spent: Spent | null } {
  return error instanceof SpentFailure ? { failure: error.failure, spent: error.spent } : { failure: error, spent: null };
}
