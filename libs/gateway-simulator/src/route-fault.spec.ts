import { chat, readUntilEnd, useSimulator, userSays } from './test-support/http';

describe('persistent route faults', () => {
  const simulator = useSimulator({ masterKey: 'sk-master-route' });
  const auth = { authorization: 'Bearer sk-master-route' };
  const get = (path: string) => fetch(`${simulator().url}${path}`, { headers: auth });

  it('answers /model/info with 403 for a key that may not read it, until cleared', async () => {
    simulator().setRouteFault('model-info', { fault: 'status', status: 403 });
    const refused = await get('/model/info');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('403');
    expect((await get('/v1/models')).status).toBe(200);
    simulator().setRouteFault('model-info', null);
    expect((await get('/model/info')).status).toBe(200);
  });

  it('still checks the key before the route fault', async () => {
    simulator().setRouteFault('models', { fault: 'server-error' });
    expect((await fetch(`${simulator().url}/v1/models`)).status).toBe(401);
    expect((await get('/v1/models')).status).toBe(500);
  });

  it('sends a truncated model list for malformed-json', async () => {
    simulator().setRouteFault('models', { fault: 'malformed-json' });
    const response = await get('/v1/models');
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toMatchObject({ name: 'SyntaxError' });
  });

  it('resets the connection half way through the model list for cut-stream', async () => {
    simulator().setRouteFault('models', { fault: 'cut-stream' });
    const { text, failed } = await readUntilEnd(await get('/v1/models'));
    expect(failed).toBe(true);
    expect(text.startsWith('{"data":[')).toBe(true);
  });

  it('fails readiness without asking for a key', async () => {
    simulator().setRouteFault('readiness', { fault: 'unavailable' });
    expect((await fetch(`${simulator().url}/health/readiness`)).status).toBe(503);
  });

  it('fails every chat request while a chat fault is set, whatever is queued', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'queued' });
    simulator().setRouteFault('chat', { fault: 'rate-limit', retryAfterSeconds: 1 });
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') }, auth);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    simulator().setRouteFault('chat', null);
    const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') }, auth)).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(body.choices[0]?.message.content).toBe('queued');
  });

  it('refuses a misspelt route fault', () => {
    expect(() => simulator().setRouteFault('models', { fault: 'boom' } as never)).toThrow(/invalid route fault/);
  });
});
