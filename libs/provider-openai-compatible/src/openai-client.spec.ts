import { SILENT_LOGGER } from '@modelgate/provider-contracts';
import { OpenAICompatibleConfig } from './config';
import { createOpenAIClient, limitRetryAfter } from './openai-client';
import { RecordingLogger, useSimulator } from './test-support/harness';

describe('createOpenAIClient', () => {
  const simulator = useSimulator();

  it('targets /v1 under the base URL with the configured budget and retries', () => {
    const config = OpenAICompatibleConfig.parse({ baseUrl: 'http://proxy:4000/v1/', timeoutMs: 1234, maxRetries: 4 });
    const client = createOpenAIClient(config, new RecordingLogger(), 'litellm');
    expect(client.baseURL).toBe('http://proxy:4000/v1');
    expect(client.timeout).toBe(1234);
    expect(client.maxRetries).toBe(4);
  });

  it('passes the SDK’s own log lines to our logger as debug lines of the provider', async () => {
    const logger = new RecordingLogger();
    const client = createOpenAIClient(OpenAICompatibleConfig.parse({ baseUrl: simulator().url }), logger, 'litellm');
    await client.models.list();
    expect(logger.lines).toContainEqual({
      level: 'debug',
      fields: { provider: 'litellm', source: 'openai-sdk' },
      message: expect.stringContaining('/v1/models succeeded with status 200'),
    });
  });

  it('has the SDK make no log lines at all when the logger is the silent one, which would drop them', () => {
    const config = OpenAICompatibleConfig.parse({ baseUrl: simulator().url });
    expect(createOpenAIClient(config, SILENT_LOGGER, 'litellm').logLevel).toBe('off');
    expect(createOpenAIClient(config, new RecordingLogger(), 'litellm').logLevel).toBe('info');
  });
});

describe('limitRetryAfter', () => {
  const simulator = useSimulator();
  const post = (fetchImpl: ReturnType<typeof limitRetryAfter>) =>
    fetchImpl(`${simulator().url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });

  it('tells the SDK not to retry when the wait is longer than a call may last', async () => {
    simulator().setRouteFault('chat', { fault: 'rate-limit', retryAfterSeconds: 120 });
    const response = await post(limitRetryAfter(60_000));
    expect(response.status).toBe(429);
    expect(response.headers.get('x-should-retry')).toBe('false');
    expect(response.headers.get('retry-after')).toBe('120');
    expect(await response.json()).toMatchObject({ error: { code: '429' } });
  });

  it('leaves a wait the call can afford to the SDK', async () => {
    simulator().setRouteFault('chat', { fault: 'rate-limit', retryAfterSeconds: 1 });
    const response = await post(limitRetryAfter(60_000));
    expect(response.headers.get('x-should-retry')).toBeNull();
    await response.body?.cancel();
  });

  it('leaves successful answers untouched', async () => {
    const response = await post(limitRetryAfter(1));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ object: 'chat.completion' });
  });
});
