import { createHash } from 'node:crypto';
import { useSimulator } from './test-support/http';

const MASTER = 'sk-master-test-1234';

describe('routes of a LiteLLM proxy without a master key', () => {
  const simulator = useSimulator();

  it.each(['/v1/models', '/models'])('lists models at %s in OpenAI shape', async (path) => {
    const response = await fetch(`${simulator().url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { object: string; data: Record<string, unknown>[] };
    expect(body.object).toBe('list');
    expect(body.data[0]).toEqual({ id: 'gpt-4o-mini', object: 'model', created: 1677610602, owned_by: 'openai' });
    expect(body.data.map((model) => model.id)).toContain('openai/*');
  });

  it("answers one model at /v1/models/{id}, and FastAPI's detail 404 naming an unknown one", async () => {
    expect(await (await fetch(`${simulator().url}/v1/models/gpt-4o-mini`)).json()).toMatchObject({ id: 'gpt-4o-mini' });
    const missing = await fetch(`${simulator().url}/v1/models/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'The model `nope` does not exist or is not accessible' });
  });

  it.each(['/model/info', '/v1/model/info'])('describes deployments at %s', async (path) => {
    const body = (await (await fetch(`${simulator().url}${path}`)).json()) as {
      data: { model_name: string; litellm_params: { model: string }; model_info: Record<string, unknown> }[];
    };
    expect(body.data.filter((entry) => entry.model_name === 'claude-3-5-haiku')).toHaveLength(2);
    const mini = body.data.find((entry) => entry.model_name === 'gpt-4o-mini')!;
    expect(mini.litellm_params.model).toBe('openai/gpt-4o-mini');
    expect(mini.model_info).toMatchObject({ mode: 'chat', max_input_tokens: 128000, supports_function_calling: true });
    expect(typeof mini.model_info['id']).toBe('string');
  });

  it('answers /model_group/info for one group', async () => {
    const body = (await (await fetch(`${simulator().url}/model_group/info?model_group=gpt-4o-mini`)).json()) as { data: unknown[] };
    expect(body.data).toEqual([expect.objectContaining({ model_group: 'gpt-4o-mini', mode: 'chat' })]);
  });

  it("answers liveliness with the JSON string I'm alive!", async () => {
    const response = await fetch(`${simulator().url}/health/liveliness`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('"I\'m alive!"');
  });

  it('answers readiness with the proxy status, its database and version', async () => {
    expect(await (await fetch(`${simulator().url}/health/readiness`)).json()).toMatchObject({
      status: 'healthy',
      db: 'Not connected',
      litellm_version: '1.83.14',
    });
  });

  it('answers an unknown path with 404 in LiteLLM shape', async () => {
    const response = await fetch(`${simulator().url}/v1/embeddings/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'Not Found', type: 'None', param: 'None', code: '404' } });
  });

  it('answers a known path with the wrong method with 405', async () => {
    expect((await fetch(`${simulator().url}/v1/models`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${simulator().url}/v1/chat/completions`)).status).toBe(405);
  });

  it('records every request with lower-case headers and the parsed body', async () => {
    await fetch(`${simulator().url}/v1/models?x=1`, { headers: { 'X-Custom': 'Yes' } });
    const [recorded] = simulator().requests;
    expect(recorded).toMatchObject({ method: 'GET', path: '/v1/models', query: 'x=1', body: undefined });
    expect(recorded?.headers['x-custom']).toBe('Yes');
    expect(typeof recorded?.at).toBe('number');
  });
});

describe('routes of a LiteLLM proxy with a master key', () => {
  const simulator = useSimulator({ masterKey: MASTER });

  it('refuses a request without a key', async () => {
    const response = await fetch(`${simulator().url}/v1/models`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { message: 'Authentication Error, No api key passed in.', type: 'auth_error', param: 'None', code: '401' },
    });
  });

  it.each([
    ['/v1/models', 'GET', 'Bearer sk-canary-9876'],
    ['/model/info', 'GET', 'Bearer not-an-sk-key'],
    ['/v1/chat/completions', 'POST', 'Basic c2stY2FuYXJ5'],
  ])('answers a wrong key on %s with the 400 no_db_connection of a proxy without a database', async (path, method, authorization) => {
    const response = await fetch(`${simulator().url}${path}`, { method, headers: { authorization } });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      '{"error":{"message":"No connected db.","type":"no_db_connection","param":null,"code":"400"}}',
    );
    expect([...response.headers.keys()].filter((name) => name.startsWith('x-litellm'))).toEqual([]);
  });

  it('accepts the key as a bearer token or in x-litellm-api-key', async () => {
    expect((await fetch(`${simulator().url}/v1/models`, { headers: { authorization: `Bearer ${MASTER}` } })).status).toBe(200);
    expect((await fetch(`${simulator().url}/v1/models`, { headers: { 'x-litellm-api-key': MASTER } })).status).toBe(200);
  });

  it('guards chat completions too', async () => {
    const response = await fetch(`${simulator().url}/v1/chat/completions`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it('leaves the liveliness and readiness probes open', async () => {
    expect((await fetch(`${simulator().url}/health/liveliness`)).status).toBe(200);
    expect((await fetch(`${simulator().url}/health/readiness`)).status).toBe(200);
  });

  it('answers an unknown path with 404 before checking the key, like FastAPI routing', async () => {
    expect((await fetch(`${simulator().url}/nowhere`)).status).toBe(404);
  });
});

describe('routes of a LiteLLM proxy with a key database', () => {
  const simulator = useSimulator({ masterKey: MASTER, database: true });

  it('refuses an unknown sk- key, echoing its last 4 characters and its hash (issue #39757)', async () => {
    const wrong = 'sk-canary-9876';
    const response = await fetch(`${simulator().url}/model/info`, { headers: { authorization: `Bearer ${wrong}` } });
    const body = (await response.json()) as { error: Record<string, string> };
    expect(response.status).toBe(401);
    expect(body.error['message']).toContain('Received API Key = sk-...9876');
    expect(body.error['message']).toContain(`Key Hash (Token) =${createHash('sha256').update(wrong).digest('hex')}`);
    expect(body.error['message']).toContain('`LiteLLM_VerificationTokenTable`');
    expect(body.error).toMatchObject({ type: 'token_not_found_in_db', param: 'key', code: '401' });
  });

  it('refuses a key without sk- as not a virtual key, masking its middle', async () => {
    const response = await fetch(`${simulator().url}/v1/models`, { headers: { authorization: 'Bearer plain-token-1234' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        message: "Authentication Error, LiteLLM Virtual Key expected. Received=plai****1234, expected to start with 'sk-'.",
        type: 'auth_error',
        param: 'None',
        code: '401',
      },
    });
  });
});

describe('routes of a vLLM server', () => {
  const simulator = useSimulator({ flavor: 'vllm' });

  it('lists models owned by vllm', async () => {
    const body = (await (await fetch(`${simulator().url}/v1/models`)).json()) as { data: { owned_by: string }[] };
    expect(new Set(body.data.map((model) => model.owned_by))).toEqual(new Set(['vllm']));
  });

  it('has no /model/info and answers 404 the FastAPI way', async () => {
    const response = await fetch(`${simulator().url}/model/info`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not Found' });
  });

  it('sends no x-litellm headers on chat answers', async () => {
    const response = await fetch(`${simulator().url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('x-litellm'))).toEqual([]);
  });

  it('answers its own /health probe', async () => {
    expect((await fetch(`${simulator().url}/health`)).status).toBe(200);
  });
});
