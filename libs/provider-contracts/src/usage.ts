import { z } from 'zod';

const TokenCount = z.number().int().nonnegative().nullable();

/** Token counts of a call, summed over every turn of a tool loop. `null` means "not reported", never 0. */
export const Usage = z.object({
  inputTokens: TokenCount,
  outputTokens: TokenCount,
  /** Reported total, or input + output when the gateway leaves it out. */
  totalTokens: TokenCount,
  /** Input tokens served from the provider's prompt cache, when reported. */
  cachedInputTokens: TokenCount,
  /**
   * Input tokens written to the provider's prompt cache (billed at the cache-write price), when reported.
   * Null when absent, so usage recorded before the field existed (a stored transcript) still parses.
   */
  cacheCreationInputTokens: TokenCount.default(null),
  /** Output tokens spent on hidden reasoning, when reported. */
  reasoningTokens: TokenCount,
});
export type Usage = z.infer<typeof Usage>;

export const EMPTY_USAGE: Usage = Object.freeze({
  inputTokens: null,
  outputTokens: null,
  totalTokens: null,
  cachedInputTokens: null,
  cacheCreationInputTokens: null,
  reasoningTokens: null,
});
