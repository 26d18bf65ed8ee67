import { isProviderError } from '@modelgate/provider-contracts';
import { parseVllmConfig } from './vllm-config';

describe('parseVllmConfig', () => {
  it('takes a server without a key and without prices', () => {
    const config = parseVllmConfig({ baseUrl: 'http://gpu-box:8000/v1' });
    expect(config.baseUrl).toBe('http://gpu-box:8000');
    expect(config.apiKey).toBeUndefined();
    expect(config).not.toHaveProperty('prices');
  });

  it('takes prices per served model name', () => {
    const prices = { 'meta-llama/Llama-3.1-8B-Instruct': { inputPerToken: 1e-7, outputPerToken: 3e-7 } };
    expect(parseVllmConfig({ baseUrl: 'http://gpu-box:8000', prices }).prices).toEqual(prices);
  });

  it.each([
    ['a negative price', { m: { inputPerToken: -1, outputPerToken: 0 } }, /prices\.m\.inputPerToken/],
    ['a price missing its output side', { m: { inputPerToken: 0 } }, /prices\.m\.outputPerToken/],
    ['a misspelt price field', { m: { inputPerToken: 0, outputPerToken: 0, perToken: 1 } }, /perToken/],
  ])('rejects %s, naming where it is', (_what, prices, where) => {
    expect(() => parseVllmConfig({ baseUrl: 'http://gpu-box:8000', prices: prices as never })).toThrow(where);
  });

  it('fails as misconfigured vLLM without repeating the key', () => {
    const key = 'sk-canary-vllm-0002';
    const error = (() => {
      try {
        return parseVllmConfig({ baseUrl: 'gpu-box:8000', apiKey: key });
      } catch (caught) {
        return caught;
      }
    })();
    expect(isProviderError(error) && [error.code, error.provider]).toEqual(['misconfigured', 'vllm']);
    expect((error as Error).message).toMatch(/^Invalid vLLM configuration: baseUrl/);
    expect(JSON.stringify(error) + (error as Error).message).not.toContain(key);
  });
});
