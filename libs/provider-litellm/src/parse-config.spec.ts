import { isProviderError } from '@modelgate/provider-contracts';
import { parseLiteLLMConfig } from './parse-config';

describe('parseLiteLLMConfig', () => {
  it('accepts the proxy URL with or without a trailing /v1 and fills small defaults', () => {
    expect(parseLiteLLMConfig({ baseUrl: 'http://127.0.0.1:4000/v1/', apiKey: 'sk-master' })).toEqual({
      baseUrl: 'http://127.0.0.1:4000',
      apiKey: 'sk-master',
      timeoutMs: 60_000,
      discoveryTimeoutMs: 10_000,
      maxRetries: 2,
    });
  });

  it('rejects a missing base URL instead of falling back to another setting', () => {
    expect(() => parseLiteLLMConfig({} as never)).toThrow(/baseUrl/);
  });

  it('fails as misconfigured LiteLLM, naming the field but not the key', () => {
    const key = 'sk-canary-config-0001';
    try {
      parseLiteLLMConfig({ baseUrl: 'ftp://proxy', apiKey: key });
      throw new Error('expected a failure');
    } catch (error) {
      expect(isProviderError(error) && [error.code, error.provider]).toEqual(['misconfigured', 'litellm']);
      expect((error as Error).message).toMatch(/^Invalid LiteLLM configuration: baseUrl/);
      expect(JSON.stringify(error) + (error as Error).message).not.toContain(key);
    }
  });

  it('rejects unknown settings so a typo is not silently ignored', () => {
    expect(() => parseLiteLLMConfig({ baseUrl: 'http://x:1', timeout: 5 } as never)).toThrow(/timeout/);
  });
});
