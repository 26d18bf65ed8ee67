import { ChatResult } from './chat-result';

/** A result as it was serialised before cache writes, key spend and fallbacks were reported. */
const older = {
  content: 'hi',
  reasoning: null,
  toolCalls: [],
  usage: { inputTokens: 3, outputTokens: 1, totalTokens: 4, cachedInputTokens: null, reasoningTokens: null },
  cost: { usd: null, source: 'unknown' },
  timing: { totalMs: 5, timeToFirstTokenMs: null, modelMs: 5, toolMs: 0, segments: [] },
  finishReason: { unified: 'stop', raw: 'stop' },
  model: 'litellm/gpt-4o-mini',
  provider: 'litellm',
  turns: 1,
  gateway: {
    callId: null,
    deploymentId: null,
    modelGroup: null,
    version: null,
    attemptedRetries: null,
    attemptedFallbacks: null,
    responseDurationMs: null,
    overheadDurationMs: null,
  },
};

describe('ChatResult', () => {
  it('parses a result stored before the newer usage and gateway fields, reading them as not reported', () => {
    const parsed = ChatResult.parse(older);
    expect(parsed.usage.cacheCreationInputTokens).toBeNull();
    expect(parsed.gateway).toMatchObject({ keySpendUsd: null, keyMaxBudgetUsd: null, keyAlias: null, teamId: null, failedAttempts: [] });
    expect(parsed).not.toHaveProperty('logprobs');
  });

  it('gives each parsed result a list of failed attempts of its own', () => {
    const first = ChatResult.parse(older);
    first.gateway.failedAttempts.push({ model: 'litellm/a', code: 'rate_limited', message: 'slow down', status: 429 });
    expect(ChatResult.parse(older).gateway.failedAttempts).toEqual([]);
  });
});
