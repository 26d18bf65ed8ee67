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
  it('needs nothing: no proxy means the embedded simulator, on 127.0.0.1:3000', () => {
    expect(loadConfig({})).toEqual({
      litellm: { baseUrl: undefined, apiKey: undefined, timeoutMs: undefined, maxRetries: undefined },
      server: { host: '127.0.0.1', port: 3000, apiToken: undefined },
      debug: false,
    });
  });

  it('reads every variable into its typed setting', () => {
    const config = loadConfig({
      LITELLM_BASE_URL: 'http://127.0.0.1:4000',
      LITELLM_API_KEY: 'sk-1234',
      PORT: '8080',
      HOST: '0.0.0.0',
      DEMO_API_TOKEN: 'a-long-enough-token',
      MODELGATE_TIMEOUT_MS: '5000',
      MODELGATE_MAX_RETRIES: '0',
      DEBUG: '1',
    });
    expect(config).toEqual({
      litellm: { baseUrl: 'http://127.0.0.1:4000', apiKey: 'sk-1234', timeoutMs: 5000, maxRetries: 0 },
      server: { host: '0.0.0.0', port: 8080, apiToken: 'a-long-enough-token' },
      debug: true,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ LITELLM_BASE_URL: '', PORT: '' }).litellm.baseUrl).toBeUndefined();
  });

  it.each(['0', 'false', 'off', ''])('reads DEBUG=%j as off', (value) => {
    expect(loadConfig({ DEBUG: value }).debug).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must be from 0 to 65535'],
    [{ LITELLM_BASE_URL: 'localhost:4000' }, 'LITELLM_BASE_URL must be an http(s) URL'],
    [{ MODELGATE_MAX_RETRIES: '9' }, 'MODELGATE_MAX_RETRIES must be from 0 to 5'],
    [{ MODELGATE_TIMEOUT_MS: '-1' }, 'MODELGATE_TIMEOUT_MS must be a whole number'],
    [{ DEMO_API_TOKEN: 'short' }, 'DEMO_API_TOKEN must be at least 16 characters'],
  ])('names the variable of a bad value: %j', (env, message) => {
    const error = failure(env);
    expect(isProviderError(error) && error.code).toBe('misconfigured');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });

  it('refuses credentials inside the base URL and never repeats them', () => {
    const error = failure({ LITELLM_BASE_URL: 'http://admin:hunter2-canary@proxy:4000' });
    expect(error.message).toContain('LITELLM_BASE_URL must not contain a user or password');
    expect(error.message).not.toContain('hunter2-canary');
  });

  it('never repeats a bad key', () => {
    const error = failure({ LITELLM_API_KEY: 'sk-canary with-space' });
    expect(error.message).toBe('LITELLM_API_KEY must not contain spaces');
  });
});
