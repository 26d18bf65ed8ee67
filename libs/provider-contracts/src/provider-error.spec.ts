import { ProviderError, SerializedProviderError, isProviderError, redactSecrets } from './provider-error';

describe('ProviderError', () => {
  it('is retryable by default only for transient codes', () => {
    expect(new ProviderError({ code: 'rate_limited', message: 'slow down' }).retryable).toBe(true);
    expect(new ProviderError({ code: 'unauthorized', message: 'no' }).retryable).toBe(false);
    expect(new ProviderError({ code: 'bad_request', message: 'no', retryable: true }).retryable).toBe(true);
  });

  it('removes keys and bearer tokens from its message', () => {
    const error = new ProviderError({ code: 'unauthorized', message: 'key sk-canary-123abc rejected, Bearer abc.def' });
    expect(error.message).toBe('key [redacted] rejected, [redacted]');
  });

  it('serializes to code and context without its cause', () => {
    const error = new ProviderError({
      code: 'upstream',
      message: 'boom',
      status: 500,
      provider: 'litellm',
      cause: { body: 'sk-secret-body' },
    });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'ProviderError',
      code: 'upstream',
      message: 'boom',
      retryable: true,
      status: 500,
      provider: 'litellm',
      model: null,
      requestId: null,
      retryAfterMs: null,
      usage: null,
      cost: null,
      timing: null,
    });
  });

  it('carries and serialises what a failed call spent, and keeps it when context is added', () => {
    const usage = { inputTokens: 10, outputTokens: 4, totalTokens: 14, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: null };
    const cost = { usd: 0.002, source: 'gateway-header' as const };
    const timing = { totalMs: 12, timeToFirstTokenMs: 5, modelMs: 10, toolMs: 0, segments: [] };
    const error = new ProviderError({ code: 'invalid_response', message: 'not JSON', usage, cost, timing }).with({ model: 'litellm/a' });
    const json = error.toJSON();
    expect(json).toMatchObject({ usage, cost, timing, model: 'litellm/a' });
    expect(SerializedProviderError.parse(json)).toEqual(json);
  });

  it('serialises how long the upstream asked to wait, in the shape the wire schema takes', () => {
    const json = new ProviderError({ code: 'rate_limited', message: 'slow down', status: 429, retryAfterMs: 2000 }).toJSON();
    expect(json.retryAfterMs).toBe(2000);
    expect(SerializedProviderError.parse(json)).toEqual(json);
  });

  it('is recognised by a marker, not by class identity', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('modelgate.ProviderError')]: true });
    expect(isProviderError(foreign)).toBe(true);
    expect(isProviderError(new Error('x'))).toBe(false);
    expect(isProviderError(null)).toBe(false);
  });

  it('keeps code, message and cause when context is added', () => {
    const cause = new Error('socket hang up');
    const error = new ProviderError({ code: 'unreachable', message: 'down', cause }).with({ model: 'litellm/a' });
    expect(error.code).toBe('unreachable');
    expect(error.model).toBe('litellm/a');
    expect(error.cause).toBe(cause);
  });
});

describe('redactSecrets', () => {
  it('leaves ordinary text alone', () => {
    expect(redactSecrets('model gpt-4o not found')).toBe('model gpt-4o not found');
  });
});
