import { rejection } from '@modelgate/testing';
import { useSimulator } from '@modelgate/gateway-simulator';
import { ask, litellmProviderFor } from './test-support/litellm-provider';

/** What LiteLLM 1.108 answers differently from 1.83 (tools/conformance/FINDINGS.md), through the real SDK. */
describe('against a proxy answering like LiteLLM 1.108.7', () => {
  const simulator = useSimulator({ masterKey: 'sk-master-1108', litellmVersion: '1.108.7' });
  const key = { apiKey: 'sk-master-1108' };
  const chatPosts = () => simulator().requests.filter((r) => r.path === '/v1/chat/completions').length;

  it('waits as long as the upstream said, although the proxy passes it on only as llm_provider-retry-after', async () => {
    // The SDK's own first backoff is at most 0.5 s: a retry after 1 s is the header obeyed.
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 1 }, { text: 'after the wait' });
    const started = performance.now();
    const result = await litellmProviderFor(simulator(), { ...key, maxRetries: 1 }).chat(ask('hi'));
    expect(result.content).toBe('after the wait');
    expect(chatPosts()).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('reads the prefixed wait into a rate limit it cannot afford to wait for', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit', retryAfterSeconds: 3600 });
    const error = await rejection(litellmProviderFor(simulator(), { ...key, maxRetries: 2, timeoutMs: 5000 }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 3_600_000 });
    expect(chatPosts()).toBe(1);
  });

  it('calls its 500 text/plain to a request without a key unauthorized, and does not retry it', async () => {
    const error = await rejection(litellmProviderFor(simulator(), { maxRetries: 2 }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, retryable: false });
    expect(chatPosts()).toBe(1);
  });

  it('keeps a text/plain 500 a retryable upstream failure when the key goes in a default header', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'status', status: 500, body: 'Internal Server Error' });
    const config = { defaultHeaders: { 'x-litellm-api-key': 'sk-master-1108' }, maxRetries: 0 };
    const error = await rejection(litellmProviderFor(simulator(), config).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'upstream', status: 500, retryable: true });
  });

  it('keeps a 500 to a request with a key a retryable upstream failure', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'server-error' });
    const error = await rejection(litellmProviderFor(simulator(), { ...key, maxRetries: 0 }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'upstream', status: 500, retryable: true });
  });
});
