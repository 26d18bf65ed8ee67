import { isProviderError } from '@modelgate/provider-contracts';
import { parseLiteLLMConfig } from './parse-config';

describe('parseLiteLLMConfig', () => {
  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000'],
    ['http://127.0.0.1:4000/v1', 'http://127.0.0.1:4000'],
    ['https://gateway.example/litellm/v1/', 'https://gateway.example/litellm'],
  ])('accepts %s with or without a trailing /v1 or /', (input, expected) => {
    expect(parseLiteLLMConfig({ baseUrl: input }).baseUrl).toBe(expected);
  });

  it('fills timeouts and retries with small defaults', () => {
    expect(parseLiteLLMConfig({ baseUrl: 'http://localhost:4000' })).toEqual({
      baseUrl: 'http://localhost:4000',
      timeoutMs: 60_000,
      discoveryTimeoutMs: 10_000,
      maxRetries: 2,
    });
  });

  it('rejects a missing base URL instead of falling back to another setting', () => {
    expect(() => parseLiteLLMConfig({} as never)).toThrow(/baseUrl/);
  });

  it('rejects a URL that is not http(s) with a misconfigured error naming the field', () => {
    try {
      parseLiteLLMConfig({ baseUrl: 'ftp://proxy' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(isProviderError(error) && error.code).toBe('misconfigured');
      expect((error as Error).message).toMatch(/baseUrl/);
    }
  });

  it('never repeats the key in its error', () => {
    const key = 'sk-canary-config-0001';
    expect(() => parseLiteLLMConfig({ baseUrl: 'http://x:1', apiKey: key, maxRetries: 99 })).toThrow(/maxRetries/);
    try {
      parseLiteLLMConfig({ baseUrl: 'http://x:1', apiKey: key, extra: 1 } as never);
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain(key);
      expect((error as Error).message).not.toContain(key);
    }
  });

  it('rejects unknown settings so a typo is not silently ignored', () => {
    expect(() => parseLiteLLMConfig({ baseUrl: 'http://x:1', timeout: 5 } as never)).toThrow(/timeout/);
  });
});
