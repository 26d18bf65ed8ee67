import { OpenAICompatibleConfig, normaliseBaseUrl } from './config';

describe('normaliseBaseUrl', () => {
  it.each([
    ['http://proxy:4000', 'http://proxy:4000'],
    ['http://proxy:4000/', 'http://proxy:4000'],
    ['http://proxy:4000/v1', 'http://proxy:4000'],
    ['http://proxy:4000/v1/', 'http://proxy:4000'],
    ['https://gw.example.com/litellm/v1', 'https://gw.example.com/litellm'],
  ])('turns %s into %s', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it('keeps a path segment that merely ends in v1', () => {
    expect(normaliseBaseUrl('http://proxy/apiv1')).toBe('http://proxy/apiv1');
  });
});

describe('OpenAICompatibleConfig', () => {
  it('fills in the timeout and retry defaults', () => {
    expect(OpenAICompatibleConfig.parse({ baseUrl: 'http://127.0.0.1:4000/v1/' })).toEqual({
      baseUrl: 'http://127.0.0.1:4000',
      timeoutMs: 60_000,
      maxRetries: 2,
    });
  });

  it('rejects a base URL that is not http or https', () => {
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'ftp://proxy' }).success).toBe(false);
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'not a url' }).success).toBe(false);
  });

  it('rejects a base URL carrying credentials, without repeating them', () => {
    const parsed = OpenAICompatibleConfig.safeParse({ baseUrl: 'http://user:sk-canary-in-url@proxy:4000' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).not.toContain('sk-canary-in-url');
  });

  it('rejects more than five retries and fractional ones', () => {
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'http://p', maxRetries: 6 }).success).toBe(false);
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'http://p', maxRetries: 1.5 }).success).toBe(false);
  });

  it('rejects unknown keys, so a misspelt setting is not silently ignored', () => {
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'http://p', timeout: 5 }).success).toBe(false);
  });

  it('rejects an empty API key rather than sending an empty bearer token', () => {
    expect(OpenAICompatibleConfig.safeParse({ baseUrl: 'http://p', apiKey: '' }).success).toBe(false);
  });
});
