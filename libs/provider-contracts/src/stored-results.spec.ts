import { EMPTY_GATEWAY_METADATA, type FailedAttempt, GatewayMetadata } from './gateway-metadata';
import { Usage } from './usage';

// The gateway metadata without the fields added since: the headers as first read.
const { keySpendUsd: _spend, keyMaxBudgetUsd: _budget, keyAlias: _alias, teamId: _team, failedAttempts: _attempts, ...olderGateway } = EMPTY_GATEWAY_METADATA;
const olderUsage = { inputTokens: 3, outputTokens: 1, totalTokens: 4, cachedInputTokens: null, reasoningTokens: null };

describe('results stored before the newer usage and gateway fields', () => {
  it('parse, the newer fields read as not reported', () => {
    expect(Usage.parse(olderUsage).cacheCreationInputTokens).toBeNull();
    expect(GatewayMetadata.parse(olderGateway)).toEqual(EMPTY_GATEWAY_METADATA);
  });

  it('each get a list of failed attempts of their own', () => {
    const attempt: FailedAttempt = { model: 'litellm/a', code: 'rate_limited', message: 'slow down', status: 429 };
    GatewayMetadata.parse(olderGateway).failedAttempts.push(attempt);
    expect(GatewayMetadata.parse(olderGateway).failedAttempts).toEqual([]);
  });
});
