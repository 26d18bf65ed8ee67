import {
  type CallWarning,
  type ChatResult,
  EMPTY_GATEWAY_METADATA,
  type ModelPricing,
  type Timing,
  type ToolCallRecord,
} from '@modelgate/provider-contracts';
import { resolveCost } from './cost';
import { finishReasonWarning, toFinishReason } from './finish-reason';
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
  /** The tool loop's own warnings (tool calls not run, arguments repaired), beside the turns'. */
  warnings?: readonly CallWarning[];
}

/** Every turn's warnings and the loop's, in the order of the turns, then the finish reason's. */
function collectWarnings(input: ResultInput, finishReason: ChatResult['finishReason']): CallWarning[] {
  const warnings: CallWarning[] = [];
  for (const turn of input.turns) warnings.push(...turn.warnings);
  if (input.warnings && input.warnings.length > 0) {
    warnings.push(...input.warnings);
    // A stable sort: within a turn, the order each was found in.
    warnings.sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
  }
  const unmapped = finishReasonWarning(finishReason, Math.max(1, input.turns.length));
  if (unmapped) warnings.push(unmapped);
  return warnings;
}

/**
 * The result of a whole call, the same for plain and streamed calls. The answer is the last turn's text
 * (earlier turns' text was preamble to their tool calls); reasoning of every turn is kept, apart from it;
 * usage and cost cover every turn; the finish reason and gateway metadata are the last turn's; the warnings
 * are every turn's.
 */
export function buildResult(input: ResultInput): ChatResult {
  const last = input.turns.at(-1);
  const finishReason = toFinishReason(last?.finishReason ?? null);
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
    finishReason,
    model: input.model,
    provider: input.provider,
    turns: Math.max(1, input.turns.length),
    gateway: last?.gateway ?? EMPTY_GATEWAY_METADATA,
    warnings: collectWarnings(input, finishReason),
  };
}
