import { ModelsResponse } from '../shared/api-contract';
import { CANARY_KEY, type Harness, closedPortUrl, startHarness } from '../test-support/demo-harness';

const ROUTE = '/api/providers/litellm/models';

describe('GET /api/providers/litellm/models', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  async function getModels(h: Harness) {
    const response = await h.app.inject({ method: 'GET', url: ROUTE });
    const body = ModelsResponse.strict().parse(response.json());
    return { status: response.statusCode, body, raw: response.body };
  }

  it('answers 200 ready with the chat and embedding models and their modes, wildcard routes left out', async () => {
    harness = await startHarness();
    const { status, body } = await getModels(harness);
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.error).toBeUndefined();
    expect(body.models.map((model) => `${model.id} ${model.mode}`)).toEqual([
      'litellm/gpt-4o-mini chat',
      'litellm/claude-3-5-haiku chat',
      'litellm/reasoner-mini chat',
      'litellm/text-embedding-3-small embedding',
    ]);
    expect(body.models[0]).toEqual({
      id: 'litellm/gpt-4o-mini',
      provider: 'litellm',
      name: 'gpt-4o-mini',
      mode: 'chat',
      contextWindow: 128000,
      capabilities: expect.objectContaining({ tools: true, vision: true }),
      pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
    });
  });

  it('answers 200 empty when the proxy serves no chat models', async () => {
    harness = await startHarness({ simulator: { models: [{ id: 'openai/*' }] } });
    const { status, body } = await getModels(harness);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'empty', models: [] });
  });

  it('answers 502 unauthorized when the proxy refuses the key, without echoing the key', async () => {
    harness = await startHarness({ apiKey: 'sk-canary-wrong-key-0001' });
    const { status, body, raw } = await getModels(harness);
    expect(status).toBe(502);
    expect(body.status).toBe('unauthorized');
    expect(body.error).toMatchObject({ code: 'unauthorized', provider: 'litellm', retryable: false });
    expect(raw).not.toContain('sk-canary-wrong-key-0001');
    expect(raw).not.toContain(CANARY_KEY);
    expect(harness.logs.join('\n')).not.toContain('sk-canary-wrong-key-0001');
  });

  it('answers 503 unreachable when nothing listens at the proxy URL', async () => {
    harness = await startHarness({ baseUrl: await closedPortUrl() });
    const { status, body } = await getModels(harness);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unreachable', models: [], error: { code: 'unreachable', retryable: true } });
  });

  it('answers 502 misconfigured when the URL is not a LiteLLM proxy (404)', async () => {
    harness = await startHarness();
    harness.simulator.setRouteFault('models', { fault: 'status', status: 404, body: '<html>Not Found</html>' });
    const { status, body } = await getModels(harness);
    expect(status).toBe(502);
    expect(body).toMatchObject({ status: 'misconfigured', error: { code: 'misconfigured' } });
  });

  it('answers 502 misconfigured when the URL serves a web page instead of JSON', async () => {
    harness = await startHarness();
    harness.simulator.setRouteFault('models', {
      fault: 'status',
      status: 200,
      body: '<html><body>Welcome</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const { status, body } = await getModels(harness);
    expect(status).toBe(502);
    expect(body.status).toBe('misconfigured');
  });

  it('answers 502 invalid_response when the proxy sends malformed JSON', async () => {
    harness = await startHarness();
    harness.simulator.setRouteFault('models', { fault: 'malformed-json' });
    const { status, body } = await getModels(harness);
    expect(status).toBe(502);
    expect(body).toMatchObject({ status: 'invalid_response', error: { code: 'invalid_response' } });
  });

  it('answers 502 invalid_response when the model list has the wrong shape', async () => {
    harness = await startHarness();
    harness.simulator.setRouteFault('models', { fault: 'status', status: 200, body: { data: [{ name: 'no-id' }] } });
    const { status, body } = await getModels(harness);
    expect(status).toBe(502);
    expect(body).toMatchObject({ status: 'invalid_response', error: { code: 'invalid_response' } });
  });

  it('answers the same route again with the proxy back up', async () => {
    harness = await startHarness();
    harness.simulator.setRouteFault('models', { fault: 'unavailable' });
    expect((await getModels(harness)).status).toBeGreaterThanOrEqual(500);
    harness.simulator.setRouteFault('models', null);
    expect((await getModels(harness)).body.status).toBe('ready');
  });
});
