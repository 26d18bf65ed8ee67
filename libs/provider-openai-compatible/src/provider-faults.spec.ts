import { type Fault, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type ChatRequest } from '@modelgate/provider-contracts';
import { ask, collect, type Mode, MODEL, MODES, providerFor, run, useSimulator } from './test-support/harness';
import { rejection } from '@modelgate/testing';

/** Errors never carry the prompt. */
const PROMPT = 'prompt-marker-7f3a';

/** LiteLLM's own answers (budgets, unknown-model wordings, waits in messages) are read in provider-litellm's specs. */
describe('gateway faults become ProviderErrors', () => {
  const simulator = useSimulator();

  async function failWith(fault: Fault, mode: Mode, request: Partial<ChatRequest> = {}) {
    simulator().enqueue('gpt-4o-mini', fault);
    return rejection(run(providerFor(simulator()), ask(PROMPT, request), mode));
  }

  const cases: [string, Fault, Record<string, unknown>][] = [
    ['a gateway timeout', { fault: 'request-timeout' }, { code: 'timeout', status: 408, retryable: true }],
    ['a rate limit without retry-after', { fault: 'rate-limit' }, { code: 'rate_limited', status: 429, retryable: true, retryAfterMs: null }],
    ['a rate limit with retry-after', { fault: 'rate-limit', retryAfterSeconds: 3 }, { code: 'rate_limited', retryAfterMs: 3000 }],
    ['a server error', { fault: 'server-error' }, { code: 'upstream', status: 500, retryable: true }],
    ['an unavailable backend', { fault: 'unavailable' }, { code: 'upstream', status: 503, retryable: true }],
    ['an exceeded context window', { fault: 'context-window' }, { code: 'context_window_exceeded', status: 400 }],
    ['a forbidden route', { fault: 'status', status: 403 }, { code: 'forbidden', status: 403 }],
  ];

  describe.each(MODES)('%s', (mode) => {
    it.each(cases)('maps %s', async (_name, fault, expected) => {
      const error = await failWith(fault, mode);
      expect(error).toMatchObject({ name: 'ProviderError', provider: 'litellm', model: MODEL, ...expected });
      expect(error.requestId).toEqual(expect.any(String));
      expect(JSON.stringify(error)).not.toContain(PROMPT);
    });

    it('maps a rejected key to unauthorized without repeating the upstream body', async () => {
      const error = await failWith({ fault: 'unauthorized' }, mode);
      expect(error).toMatchObject({ code: 'unauthorized', status: 401, message: 'The gateway rejected the API key' });
      expect(JSON.stringify(error)).not.toMatch(/Key Hash|VerificationToken/);
    });

    it('reports a body that is not valid JSON as invalid_response', async () => {
      expect(await failWith({ fault: 'malformed-json' }, mode)).toMatchObject({ code: 'invalid_response', retryable: false });
    });

    it('reports a response cut off mid-body as ended early', async () => {
      const error = await failWith({ fault: 'cut-stream', afterChunks: 2 }, mode);
      expect(error).toMatchObject({ code: 'invalid_response', message: 'The response ended early', retryable: true });
    });

    it('times out a gateway that never sends headers', async () => {
      const error = await failWith({ fault: 'stall-headers' }, mode, { timeoutMs: 200 });
      expect(error).toMatchObject({ code: 'timeout', message: 'The call did not finish within 200 ms' });
    });

    it('times out a body that stalls after the headers', async () => {
      const error = await failWith({ fault: 'stall-body', afterChunks: 1 }, mode, { timeoutMs: 200 });
      expect(error.code).toBe('timeout');
    });
  });

  it('surfaces an error frame in a 200 stream as an error, never as text', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'midstream-error', afterChunks: 2 });
    const stream = providerFor(simulator()).stream(ask('hi'));
    const text: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const event of stream) if (event.type === 'text-delta') text.push(event.delta);
      })(),
    );
    expect(error).toMatchObject({ code: 'upstream', status: 500 });
    expect(error.message).toContain('Connection reset by upstream mid-stream');
    expect(text.join('')).not.toContain('error');
    await expect(stream.result).rejects.toBe(error);
  });

  it('reports an unreachable gateway as unreachable', async () => {
    const gone = await startGatewaySimulator();
    await gone.close();
    const error = await rejection(providerFor(gone).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'unreachable', retryable: true, provider: 'litellm' });
  });
});

describe('retries are the SDK’s, before the first byte only', () => {
  const simulator = useSimulator({ masterKey: 'sk-master-retries', database: true });
  const key = { apiKey: 'sk-master-retries' };
  const chatPosts = () => simulator().requests.filter((r) => r.path === '/v1/chat/completions').length;

  it('retries a 429 after its retry-after and succeeds', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 0.05 }, { text: 'second time lucky' });
    const result = await providerFor(simulator(), { config: { ...key, maxRetries: 1 } }).chat(ask('hi'));
    expect(result.content).toBe('second time lucky');
    expect(chatPosts()).toBe(2);
    expect(simulator().chatRequests[1].headers['x-stainless-retry-count']).toBe('1');
  });

  it('retries a 500 and succeeds', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'server-error' }, { text: 'recovered' });
    const { result } = await collect(providerFor(simulator(), { config: { ...key, maxRetries: 1 } }).stream(ask('hi')));
    expect(result.content).toBe('recovered');
    expect(chatPosts()).toBe(2);
  });

  it('does not wait out a retry-after longer than the call may last', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 3600 }, { text: 'never reached' });
    const error = await rejection(providerFor(simulator(), { config: { ...key, maxRetries: 2, timeoutMs: 5000 } }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 3_600_000 });
    expect(chatPosts()).toBe(1);
  });

  it("fails at once as rate_limited on LiteLLM's retry-after of 60 s under the default 60 s timeout, not as a timeout a minute later", async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 60 }, { text: 'never reached' });
    const error = await rejection(providerFor(simulator(), { config: { ...key, maxRetries: 2, timeoutMs: 60_000 } }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 60_000 });
    expect(chatPosts()).toBe(1);
  });

  it('waits out a retry-after up to half the timeout, which leaves the retry as long again', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 0.5 }, { text: 'after the wait' });
    const result = await providerFor(simulator(), { config: { ...key, maxRetries: 1, timeoutMs: 2000 } }).chat(ask('hi'));
    expect(result.content).toBe('after the wait');
    expect(chatPosts()).toBe(2);
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 1.2 }, { text: 'never reached' });
    await expect(providerFor(simulator(), { config: { ...key, maxRetries: 1, timeoutMs: 2000 } }).chat(ask('hi'))).rejects.toMatchObject({ code: 'rate_limited' });
    expect(chatPosts()).toBe(3);
  });

  it.each([
    ['400', { fault: 'invalid-model' } as Fault],
    ['404', { fault: 'status', status: 404 } as Fault],
    ['403', { fault: 'status', status: 403 } as Fault],
  ])('does not retry a %s', async (_status, fault) => {
    simulator().enqueue('gpt-4o-mini', fault, { text: 'never reached' });
    await rejection(providerFor(simulator(), { config: { ...key, maxRetries: 2 } }).chat(ask('hi')));
    expect(chatPosts()).toBe(1);
  });

  it('does not retry a 401', async () => {
    const error = await rejection(providerFor(simulator(), { config: { apiKey: 'sk-wrong-key-1234', maxRetries: 2 } }).chat(ask('hi')));
    expect(error.code).toBe('unauthorized');
    expect(chatPosts()).toBe(1);
  });

  it('does not retry once the stream has started', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'cut-stream', afterChunks: 1 }, { text: 'never reached' });
    const error = await rejection(collect(providerFor(simulator(), { config: { ...key, maxRetries: 2 } }).stream(ask('hi'))));
    expect(error.code).toBe('invalid_response');
    expect(chatPosts()).toBe(1);
  });
});
