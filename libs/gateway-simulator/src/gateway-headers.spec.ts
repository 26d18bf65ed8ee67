import { performance } from 'node:perf_hooks';
import { errorHeaders, gatewayHeaders } from './gateway-headers';

const base = { flavor: 'litellm' as const, version: '1.83.14', callId: 'call-uuid', startedAt: performance.now() };
const context = { ...base, modelId: 'dep', modelGroup: 'gpt-4o-mini' };
const json = (costUsd: number | null) => ({ kind: 'json' as const, costUsd });

describe('gatewayHeaders', () => {
  it('sends the LiteLLM headers of a JSON answer with its cost, group, retries and fallbacks', () => {
    const headers = gatewayHeaders(context, json(4.9999999999999996e-5));
    expect(headers).toMatchObject({
      'x-litellm-call-id': 'call-uuid',
      'x-litellm-model-id': 'dep',
      'x-litellm-model-group': 'gpt-4o-mini',
      'x-litellm-version': '1.83.14',
      'x-litellm-response-cost': '4.9999999999999996e-05',
      'x-litellm-response-cost-original': '4.9999999999999996e-05',
      'x-litellm-response-cost-discount-amount': '0.0',
      'x-litellm-response-cost-margin-amount': '0.0',
      'x-litellm-response-cost-margin-percent': '0.0',
      'x-litellm-key-spend': '4.9999999999999996e-05',
      'x-litellm-callback-duration-ms': '0.0',
      'x-litellm-attempted-retries': '0',
      'x-litellm-attempted-fallbacks': '0',
    });
    expect(Number(headers['x-litellm-response-duration-ms'])).toBeGreaterThanOrEqual(0);
    expect(Number(headers['x-litellm-overhead-duration-ms'])).toBeGreaterThanOrEqual(0);
  });

  it('leaves the cost header out for a model without prices, but says 0.0 in the cost breakdown', () => {
    const headers = gatewayHeaders(context, json(null));
    expect('x-litellm-response-cost' in headers).toBe(false);
    expect(headers['x-litellm-response-cost-original']).toBe('0.0');
  });

  it('sends a stream no cost, group, retries or fallbacks, but a cost-original of 0.0 (issue #12689)', () => {
    const headers = gatewayHeaders(context, { kind: 'stream' });
    for (const name of ['x-litellm-response-cost', 'x-litellm-model-group', 'x-litellm-attempted-retries', 'x-litellm-attempted-fallbacks']) {
      expect(name in headers).toBe(false);
    }
    expect(headers).toMatchObject({ 'x-litellm-response-cost-original': '0.0', 'x-litellm-key-spend': '0.0', 'x-litellm-model-id': 'dep' });
  });

  it('leaves out values it does not have', () => {
    const headers = gatewayHeaders({ ...base, apiBase: '' }, json(null));
    expect('x-litellm-model-id' in headers).toBe(false);
    expect('x-litellm-model-api-base' in headers).toBe(false);
  });

  it('writes the cost like Python writes a float', () => {
    expect(gatewayHeaders(context, json(3.75e-5))['x-litellm-response-cost']).toBe('3.75e-05');
  });

  it('sends nothing for a vLLM server', () => {
    expect(gatewayHeaders({ ...context, flavor: 'vllm' }, json(1))).toEqual({});
    expect(errorHeaders({ ...context, flavor: 'vllm' }, true)).toEqual({});
  });
});

describe('errorHeaders', () => {
  it('sends only the call id, a zero cost and spend, and the timeout when the model call failed', () => {
    expect(errorHeaders(context, true)).toEqual({
      'x-litellm-call-id': 'call-uuid',
      'x-litellm-response-cost': '0',
      'x-litellm-key-spend': '0.0',
      'x-litellm-timeout': '6000.0',
    });
    expect('x-litellm-timeout' in errorHeaders(context, false)).toBe(false);
  });
});
