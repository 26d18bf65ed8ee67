import {
  type ChatResult,
  EMPTY_GATEWAY_METADATA,
  type ModelPricing,
  type Timing,
  type ToolCallRecord,
} from '@modelgate/provider-contracts';
import { resolveCost } from './cost';
import { toFinishReason } from './finish-reason';
import { type TurnResult } from './model-turn';
import { sumUsage } from './usage';

export interface ResultInput {
  /** Prefixed model id as requested. */
  model: string;
  provider: string;
  turns: readonly TurnResult[];
  toolCalls: readonly ToolCallRecord[];
  timing: Timing;
  pricing: ModelPricing;
  /** The parsed answer, when a JSON response format was asked for. */
  object?: unknown;
}

/**
 * The result of a whole call, the same for plain and streamed calls. The answer is the last turn's text
 * (earlier turns' text was preamble to their tool calls); reasoning of every turn is kept, apart from it;
 * usage and cost cover every turn; the finish reason and gateway metadata are the last turn's.
 */
export function buildResult(input: ResultInput): ChatResult {
  const last = input.turns.at(-1);
  const reasoning = input.turns.map((t) => t.reasoning).filter((r) => r !== '');
  return {
    content: last?.text ?? '',
    reasoning: reasoning.length > 0 ? reasoning.join('\n\n') : null,
    ...(input.object !== undefined && { object: input.object }),
    // The answer's tokens: the last turn's, as the content is.
    ...(last?.logprobs !== undefined && { logprobs: last.logprobs }),
    toolCalls: [...input.toolCalls],
    usage: sumUsage(input.turns.map((t) => t.usage)),
    cost: resolveCost(
      input.turns.map((t) => ({ headerUsd: t.headerCostUsd, usageUsd: t.usageCostUsd, usage: t.usage })),
      input.pricing,
    ),
    timing: input.timing,
    finishReason: toFinishReason(last?.finishReason ?? null),
    model: input.model,
    provider: input.provider,
    turns: Math.max(1, input.turns.length),
    gateway: last?.gateway ?? EMPTY_GATEWAY_METADATA,
  };
}
