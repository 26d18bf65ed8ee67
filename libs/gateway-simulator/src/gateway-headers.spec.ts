import { performance } from 'node:perf_hooks';
import { gatewayHeaders } from './gateway-headers';

const base = { flavor: 'litellm' as const, version: '1.83.14', callId: 'call-uuid', startedAt: performance.now() };

describe('gatewayHeaders', () => {
  it('sends the LiteLLM headers with zero retries and fallbacks', () => {
    const headers = gatewayHeaders({ ...base, modelId: 'dep', modelGroup: 'gpt-4o-mini' });
    expect(headers).toMatchObject({
      'x-litellm-call-id': 'call-uuid',
      'x-litellm-model-id': 'dep',
      'x-litellm-model-group': 'gpt-4o-mini',
      'x-litellm-version': '1.83.14',
      'x-litellm-attempted-retries': '0',
      'x-litellm-attempted-fallbacks': '0',
    });
    expect(Number(headers['x-litellm-response-duration-ms'])).toBeGreaterThanOrEqual(0);
    expect(Number(headers['x-litellm-overhead-duration-ms'])).toBeGreaterThanOrEqual(0);
  });

  it('leaves out values it does not have', () => {
    const headers = gatewayHeaders({ ...base, apiBase: '' });
    expect(Object.keys(headers)).not.toEqual(expect.arrayContaining(['x-litellm-model-id']));
    expect('x-litellm-model-api-base' in headers).toBe(false);
    expect('x-litellm-response-cost' in headers).toBe(false);
  });

  it('writes the cost like Python writes a float', () => {
    expect(gatewayHeaders({ ...base, costUsd: 3.75e-5 })['x-litellm-response-cost']).toBe('3.75e-05');
  });

  it('sends nothing for a vLLM server', () => {
    expect(gatewayHeaders({ ...base, flavor: 'vllm', costUsd: 1 })).toEqual({});
  });
});
