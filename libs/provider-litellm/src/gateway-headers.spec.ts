import { inspectLiteLLMResponse } from './gateway-headers';

describe('inspectLiteLLMResponse', () => {
  it('reads gateway metadata and the cost header', () => {
    const headers = new Headers({
      'x-litellm-call-id': 'call-1',
      'x-litellm-model-id': 'dep-9',
      'x-litellm-model-group': 'gpt-4o-mini',
      'x-litellm-version': '1.83.14',
      'x-litellm-attempted-retries': '1',
      'x-litellm-attempted-fallbacks': '0',
      'x-litellm-response-duration-ms': '12.5',
      'x-litellm-overhead-duration-ms': '1.25',
      'x-litellm-response-cost': '0.00042',
      'x-litellm-key-spend': '1.5',
      'x-litellm-key-max-budget': '10.0',
      'x-litellm-key-alias': 'team-a-key',
      'x-litellm-team-id': 'team-a',
    });
    expect(inspectLiteLLMResponse(headers)).toEqual({
      gateway: {
        callId: 'call-1',
        deploymentId: 'dep-9',
        modelGroup: 'gpt-4o-mini',
        version: '1.83.14',
        attemptedRetries: 1,
        attemptedFallbacks: 0,
        responseDurationMs: 12.5,
        overheadDurationMs: 1.25,
        keySpendUsd: 1.5,
        keyMaxBudgetUsd: 10,
        keyAlias: 'team-a-key',
        teamId: 'team-a',
        failedAttempts: [],
      },
      costUsd: 0.00042,
    });
  });

  it('reports missing, empty and garbled headers as not reported rather than zero', () => {
    const result = inspectLiteLLMResponse(
      new Headers({ 'x-litellm-response-cost': 'None', 'x-litellm-call-id': ' ', 'x-litellm-attempted-retries': '-1' }),
    );
    expect(result.costUsd).toBeNull();
    expect(result.gateway.callId).toBeNull();
    expect(result.gateway.attemptedRetries).toBeNull();
    expect(result.gateway.version).toBeNull();
  });

  it('reads a key without a budget, sent by the proxy as "None", as no budget', () => {
    const result = inspectLiteLLMResponse(new Headers({ 'x-litellm-key-max-budget': 'None', 'x-litellm-key-spend': '0.0' }));
    expect(result.gateway.keyMaxBudgetUsd).toBeNull();
    expect(result.gateway.keySpendUsd).toBe(0);
  });
});
