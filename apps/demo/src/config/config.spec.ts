import { isProviderError } from '@modelgate/provider-contracts';
import { loadConfig } from './config';

function failure(env: Record<string, string>): Error {
  try {
    loadConfig(env);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  const unset = { baseUrl: undefined, apiKey: undefined, timeoutMs: undefined, maxRetries: undefined };

  it('needs nothing: neither provider configured means the embedded simulator, on 127.0.0.1:3000', () => {
    expect(loadConfig({})).toEqual({
      litellm: unset,
      vllm: unset,
      server: { host: '127.0.0.1', port: 3000, apiToken: undefined },
      debug: false,
    });
  });

  it('configures LiteLLM alone from its own variables, never vLLM', () => {
    const config = loadConfig({ LITELLM_BASE_URL: 'http://127.0.0.1:4000', LITELLM_API_KEY: 'sk-1234' });
    expect(config.litellm).toMatchObject({ baseUrl: 'http://127.0.0.1:4000', apiKey: 'sk-1234' });
    expect(config.vllm).toEqual(unset);
  });

  it('configures vLLM alone from its own variables, never LiteLLM', () => {
    const config = loadConfig({ VLLM_BASE_URL: 'http://gpu-box:8000', VLLM_API_KEY: 'token-abc123' });
    expect(config.vllm).toMatchObject({ baseUrl: 'http://gpu-box:8000', apiKey: 'token-abc123' });
    expect(config.litellm).toEqual(unset);
  });

  it('configures both, each with its own URL and key and the shared timeout and retries', () => {
    const config = loadConfig({
      LITELLM_BASE_URL: 'http://127.0.0.1:4000',
      LITELLM_API_KEY: 'sk-1234',
      VLLM_BASE_URL: 'http://gpu-box:8000',
      MODELGATE_TIMEOUT_MS: '5000',
      MODELGATE_MAX_RETRIES: '1',
    });
    expect(config.litellm).toEqual({ baseUrl: 'http://127.0.0.1:4000', apiKey: 'sk-1234', timeoutMs: 5000, maxRetries: 1 });
    expect(config.vllm).toEqual({ baseUrl: 'http://gpu-box:8000', apiKey: undefined, timeoutMs: 5000, maxRetries: 1 });
  });

  it('keeps a key whose base URL is unset to itself, for the start-up line to call it ignored', () => {
    const config = loadConfig({ VLLM_BASE_URL: 'http://gpu-box:8000', LITELLM_API_KEY: 'sk-1234' });
    expect(config.litellm.baseUrl).toBeUndefined();
    expect(config.vllm.apiKey).toBeUndefined();
  });

  it('reads every variable into its typed setting', () => {
    const config = loadConfig({
      LITELLM_BASE_URL: 'http://127.0.0.1:4000',
      LITELLM_API_KEY: 'sk-1234',
      VLLM_BASE_URL: 'https://gpu-box:8443/',
      VLLM_API_KEY: 'token-abc123',
      PORT: '8080',
      HOST: '0.0.0.0',
      DEMO_API_TOKEN: 'a-long-enough-token',
      MODELGATE_TIMEOUT_MS: '5000',
      MODELGATE_MAX_RETRIES: '0',
      DEBUG: '1',
    });
    expect(config).toEqual({
      litellm: { baseUrl: 'http://127.0.0.1:4000', apiKey: 'sk-1234', timeoutMs: 5000, maxRetries: 0 },
      vllm: { baseUrl: 'https://gpu-box:8443/', apiKey: 'token-abc123', timeoutMs: 5000, maxRetries: 0 },
      server: { host: '0.0.0.0', port: 8080, apiToken: 'a-long-enough-token' },
      debug: true,
    });
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ LITELLM_BASE_URL: '', VLLM_BASE_URL: '', VLLM_API_KEY: '', PORT: '' });
    expect(config.litellm.baseUrl).toBeUndefined();
    expect(config.vllm).toEqual(unset);
  });

  it.each(['0', 'false', 'off', ''])('reads DEBUG=%j as off', (value) => {
    expect(loadConfig({ DEBUG: value }).debug).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must be from 0 to 65535'],
    [{ LITELLM_BASE_URL: 'localhost:4000' }, 'LITELLM_BASE_URL must be an http(s) URL such as http://127.0.0.1:4000'],
    [{ VLLM_BASE_URL: 'gpu-box:8000' }, 'VLLM_BASE_URL must be an http(s) URL such as http://127.0.0.1:8000'],
    [{ VLLM_BASE_URL: 'ftp://gpu-box/' }, 'VLLM_BASE_URL must be an http(s) URL'],
    [{ MODELGATE_MAX_RETRIES: '9' }, 'MODELGATE_MAX_RETRIES must be from 0 to 5'],
    [{ MODELGATE_TIMEOUT_MS: '-1' }, 'MODELGATE_TIMEOUT_MS must be a whole number'],
    [{ DEMO_API_TOKEN: 'short' }, 'DEMO_API_TOKEN must be at least 16 characters'],
  ])('names the variable of a bad value: %j', (env, message) => {
    const error = failure(env);
    expect(isProviderError(error) && error.code).toBe('misconfigured');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });

  it('refuses credentials inside a base URL, points to the key variable of that provider and never repeats them', () => {
    const error = failure({ LITELLM_BASE_URL: 'http://admin:hunter2-canary@proxy:4000' });
    expect(error.message).toBe('LITELLM_BASE_URL must not contain a user or password; put the key in LITELLM_API_KEY');
    const vllm = failure({ VLLM_BASE_URL: 'http://admin:hunter3-canary@gpu-box:8000' });
    expect(vllm.message).toBe('VLLM_BASE_URL must not contain a user or password; put the key in VLLM_API_KEY');
    expect(vllm.message).not.toContain('hunter3-canary');
  });

  it('never repeats a bad key', () => {
    expect(failure({ LITELLM_API_KEY: 'sk-canary with-space' }).message).toBe('LITELLM_API_KEY must not contain spaces');
    expect(failure({ VLLM_API_KEY: 'sk-canary with-space' }).message).toBe('VLLM_API_KEY must not contain spaces');
  });

  it('names every bad variable at once, on one line', () => {
    const error = failure({ LITELLM_BASE_URL: 'nope', VLLM_BASE_URL: 'nope either' });
    expect(error.message).toMatch(/^LITELLM_BASE_URL must be an http\(s\) URL.*; VLLM_BASE_URL must be an http\(s\) URL/);
    expect(error.message).not.toContain('\n');
  });
});
