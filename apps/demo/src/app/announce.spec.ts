import { describeGateway } from './announce';

const gateway = (baseUrl: string, embedded: boolean) => ({ baseUrl, apiKey: 'sk-canary-announce-01', embedded, close: async () => undefined });

describe('describeGateway', () => {
  it('names a configured proxy without its credentials', () => {
    expect(describeGateway(gateway('https://proxy.example:4000/litellm?key=sk-canary-q', false), {})).toBe(
      'modelgate demo: LiteLLM proxy at https://proxy.example:4000/litellm',
    );
  });

  it('says the embedded simulator runs because LITELLM_BASE_URL is not set', () => {
    expect(describeGateway(gateway('http://127.0.0.1:4100', true), {})).toBe(
      'modelgate demo: LITELLM_BASE_URL is not set, using the embedded gateway simulator at http://127.0.0.1:4100',
    );
  });

  it('warns that a key without a base URL is not used, without showing it', () => {
    const line = describeGateway(gateway('http://127.0.0.1:4100', true), { LITELLM_API_KEY: 'sk-canary-announce-02' });
    expect(line).toMatch(/\(LITELLM_API_KEY is ignored without it\)$/);
    expect(line).not.toContain('sk-canary');
  });
});
