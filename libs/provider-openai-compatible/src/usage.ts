import { EMPTY_USAGE, type Usage } from '@modelgate/provider-contracts';
import { type WireUsage } from './wire-schemas';

function count(value: number | null | undefined): number | null {
  // A count past 2^53 cannot be exact, and the result's own schema refuses it: read it as not reported.
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER
    ? Math.round(value)
    : null;
}

/** The gateway's usage in our terms; a missing total is input + output when both are known. */
export function normaliseUsage(wire: WireUsage): Usage {
  const inputTokens = count(wire.prompt_tokens);
  const outputTokens = count(wire.completion_tokens);
  const reported = count(wire.total_tokens);
  return {
    inputTokens,
    outputTokens,
    totalTokens: reported ?? (inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null),
    cachedInputTokens: count(wire.prompt_tokens_details?.cached_tokens ?? wire.cache_read_input_tokens),
    cacheCreationInputTokens: count(wire.prompt_tokens_details?.cache_creation_tokens ?? wire.cache_creation_input_tokens),
    reasoningTokens: count(wire.completion_tokens_details?.reasoning_tokens),
  };
}

function add(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

/** Usage of a whole tool loop: each count summed over the turns that reported it, `null` if none did. */
export function sumUsage(turns: readonly (Usage | null)[]): Usage {
  return turns.reduce<Usage>(
    (sum, usage) =>
      usage === null
        ? sum
        : {
            inputTokens: add(sum.inputTokens, usage.inputTokens),
            outputTokens: add(sum.outputTokens, usage.outputTokens),
            totalTokens: add(sum.totalTokens, usage.totalTokens),
            cachedInputTokens: add(sum.cachedInputTokens, usage.cachedInputTokens),
            cacheCreationInputTokens: add(sum.cacheCreationInputTokens, usage.cacheCreationInputTokens),
            reasoningTokens: add(sum.reasoningTokens, usage.reasoningTokens),
          },
    EMPTY_USAGE,
  );
}
