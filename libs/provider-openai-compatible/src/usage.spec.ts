import { EMPTY_USAGE } from '@modelgate/provider-contracts';
import { normaliseUsage, sumUsage } from './usage';

describe('normaliseUsage', () => {
  it('reads counts, cached and reasoning tokens', () => {
    expect(
      normaliseUsage({
        prompt_tokens: 100,
        completion_tokens: 40,
        total_tokens: 140,
        prompt_tokens_details: { cached_tokens: 64 },
        completion_tokens_details: { reasoning_tokens: 12 },
      }),
    ).toEqual({ inputTokens: 100, outputTokens: 40, totalTokens: 140, cachedInputTokens: 64, cacheCreationInputTokens: null, reasoningTokens: 12 });
  });

  it('reads cache writes from prompt_tokens_details, and both cache counts from LiteLLM\'s top-level copies', () => {
    const details = normaliseUsage({ prompt_tokens: 100, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 20, cache_creation_tokens: 30 } });
    expect(details).toMatchObject({ cachedInputTokens: 20, cacheCreationInputTokens: 30 });
    const topLevel = normaliseUsage({ prompt_tokens: 100, completion_tokens: 1, cache_read_input_tokens: 5, cache_creation_input_tokens: 7 });
    expect(topLevel).toMatchObject({ cachedInputTokens: 5, cacheCreationInputTokens: 7 });
  });

  it('computes the total when the gateway leaves it out', () => {
    expect(normaliseUsage({ prompt_tokens: 7, completion_tokens: 3 }).totalTokens).toBe(10);
  });

  it('keeps an unreported count null instead of zero', () => {
    expect(normaliseUsage({ prompt_tokens: 7 })).toEqual({ ...EMPTY_USAGE, inputTokens: 7 });
  });

  it('ignores negative and non-finite counts', () => {
    expect(normaliseUsage({ prompt_tokens: -1, completion_tokens: Number.NaN })).toEqual(EMPTY_USAGE);
  });

  it('reads a count too large to be exact as not reported', () => {
    expect(normaliseUsage({ prompt_tokens: 1e300, completion_tokens: 3 })).toMatchObject({ inputTokens: null, outputTokens: 3 });
  });
});

describe('sumUsage', () => {
  const turn = { inputTokens: 10, outputTokens: 5, totalTokens: 15, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: 2 };

  it('adds every count over the turns', () => {
    expect(sumUsage([turn, turn])).toEqual({
      inputTokens: 20,
      outputTokens: 10,
      totalTokens: 30,
      cachedInputTokens: null,
      cacheCreationInputTokens: null,
      reasoningTokens: 4,
    });
  });

  it('counts the turns that reported when others did not', () => {
    expect(sumUsage([null, turn]).inputTokens).toBe(10);
  });

  it('stays empty when no turn reported usage', () => {
    expect(sumUsage([null, null])).toEqual(EMPTY_USAGE);
  });
});
