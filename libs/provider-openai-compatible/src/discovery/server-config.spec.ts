import { z } from 'zod';
import { isProviderError } from '@modelgate/provider-contracts';
import { OpenAICompatibleServerConfig, parseServerConfig } from './server-config';

const acme = { id: 'acme', name: 'Acme' };
const parse = (input: unknown) => parseServerConfig(OpenAICompatibleServerConfig, input as never, acme);

describe('parseServerConfig with the server config', () => {
  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000'],
    ['http://127.0.0.1:4000/v1', 'http://127.0.0.1:4000'],
    ['https://gateway.example/litellm/v1/', 'https://gateway.example/litellm'],
  ])('accepts %s with or without a trailing /v1 or /', (input, expected) => {
    expect(parse({ baseUrl: input }).baseUrl).toBe(expected);
  });

  it('fills timeouts and retries with small defaults', () => {
    expect(parse({ baseUrl: 'http://localhost:4000' })).toEqual({
      baseUrl: 'http://localhost:4000',
      timeoutMs: 60_000,
      discoveryTimeoutMs: 10_000,
      maxRetries: 2,
    });
  });

  it('rejects a missing base URL instead of falling back to another setting', () => {
    expect(() => parse({})).toThrow(/baseUrl/);
  });

  it('rejects a URL that is not http(s) with a misconfigured error naming the field and the provider', () => {
    try {
      parse({ baseUrl: 'ftp://proxy' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(isProviderError(error) && [error.code, error.provider]).toEqual(['misconfigured', 'acme']);
      expect((error as Error).message).toMatch(/^Invalid Acme configuration: baseUrl: must be an http\(s\) URL/);
    }
  });

  it('never repeats the key in its error', () => {
    const key = 'sk-canary-config-0001';
    expect(() => parse({ baseUrl: 'http://x:1', apiKey: key, maxRetries: 99 })).toThrow(/maxRetries/);
    try {
      parse({ baseUrl: 'http://x:1', apiKey: key, extra: 1 });
      throw new Error('expected a failure');
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain(key);
      expect((error as Error).message).not.toContain(key);
    }
  });

  it('rejects unknown settings so a typo is not silently ignored', () => {
    expect(() => parse({ baseUrl: 'http://x:1', timeout: 5 })).toThrow(/timeout/);
  });

  it('rejects the engine-only defaultHeaders: a discovered server does not take them', () => {
    expect(() => parse({ baseUrl: 'http://x:1', defaultHeaders: { a: 'b' } })).toThrow(/defaultHeaders/);
  });
});

describe('parseServerConfig with an extended schema', () => {
  const Extended = OpenAICompatibleServerConfig.extend({ region: z.enum(['eu', 'us']) });

  it('keeps the base fields and the extension, still strict', () => {
    expect(parseServerConfig(Extended, { baseUrl: 'http://x:1/v1', region: 'eu' }, acme)).toMatchObject({
      baseUrl: 'http://x:1',
      region: 'eu',
    });
    expect(() => parseServerConfig(Extended, { baseUrl: 'http://x:1', region: 'eu', typo: 1 } as never, acme)).toThrow(/typo/);
  });

  it('names a bad extension field', () => {
    expect(() => parseServerConfig(Extended, { baseUrl: 'http://x:1', region: 'mars' as never }, acme)).toThrow(/region/);
  });
});
