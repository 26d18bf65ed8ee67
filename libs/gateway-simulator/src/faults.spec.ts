import { chat, useSimulator, userSays } from './test-support/http';
import { errorForFault, isChatOnlyFault } from './faults';
import { type Fault } from './reply';

const context = { model: 'gpt-4o-mini', deploymentId: 'dep-1' };
const answer = (fault: Fault) => errorForFault(fault, context)!;
const error = (fault: Fault) => (answer(fault).body as { error: Record<string, unknown> }).error;

describe('errorForFault', () => {
  it('sends a raw status with its own body and headers', () => {
    expect(answer({ fault: 'status', status: 403, body: { detail: 'no' }, headers: { 'x-a': 'b' } })).toEqual({
      status: 403,
      body: { detail: 'no' },
      headers: { 'x-a': 'b' },
    });
  });

  it('words a raw status without a body in LiteLLM shape', () => {
    expect(answer({ fault: 'status', status: 403 }).body).toEqual({ error: { message: 'Forbidden', type: 'None', param: 'None', code: '403' } });
  });

  it('answers unauthorized like a wrong key, hash and all', () => {
    expect(answer({ fault: 'unauthorized' }).status).toBe(401);
    expect(error({ fault: 'unauthorized' })['message']).toMatch(/Key Hash \(Token\) =[0-9a-f]{64}\./);
  });

  it.each([
    [{ fault: 'invalid-model' } as Fault, 400, 'Invalid model name passed in model=gpt-4o-mini'],
    [{ fault: 'request-timeout' } as Fault, 408, 'litellm.Timeout'],
    [{ fault: 'rate-limit' } as Fault, 429, 'litellm.RateLimitError'],
    [{ fault: 'no-deployments' } as Fault, 429, 'No deployments available for selected model, Try again in 5 seconds'],
    [{ fault: 'server-error' } as Fault, 500, 'litellm.InternalServerError'],
    [{ fault: 'unavailable' } as Fault, 503, 'litellm.ServiceUnavailableError'],
    [{ fault: 'context-window' } as Fault, 400, 'ContextWindowExceededError'],
  ])('answers %j with status %i', (fault, status, words) => {
    expect(answer(fault).status).toBe(status);
    expect(error(fault)['message']).toContain(words);
    expect(error(fault)['code']).toBe(String(status));
  });

  it('adds retry-after to a rate limit only when the script gives one', () => {
    expect(answer({ fault: 'rate-limit' }).headers).toBeUndefined();
    expect(answer({ fault: 'rate-limit', retryAfterSeconds: 3 }).headers).toEqual({ 'retry-after': '3' });
  });

  it('answers budget exceeded with 429 by default and 400 for old proxies, typed budget_exceeded', () => {
    expect(answer({ fault: 'budget-exceeded' }).status).toBe(429);
    expect(answer({ fault: 'budget-exceeded', status: 400 }).status).toBe(400);
    expect(error({ fault: 'budget-exceeded' })['type']).toBe('budget_exceeded');
  });

  it('has no error answer for delivery faults', () => {
    expect(errorForFault({ fault: 'stall-headers' }, context)).toBeNull();
    expect(errorForFault({ fault: 'cut-stream' }, context)).toBeNull();
  });
});

describe('isChatOnlyFault', () => {
  it('tells stream and model faults from generic ones', () => {
    expect(isChatOnlyFault({ fault: 'midstream-error' })).toBe(true);
    expect(isChatOnlyFault({ fault: 'status', status: 403 })).toBe(false);
  });
});

describe('error faults over HTTP', () => {
  const simulator = useSimulator();
  const ask = () => chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') });
  const body = async (response: Response) => ((await response.json()) as { error: Record<string, unknown> }).error;

  it.each([
    [{ fault: 'unauthorized' } as Fault, 401, 'token_not_found_in_db'],
    [{ fault: 'invalid-model' } as Fault, 400, 'None'],
    [{ fault: 'request-timeout' } as Fault, 408, null],
    [{ fault: 'rate-limit' } as Fault, 429, 'throttling_error'],
    [{ fault: 'no-deployments' } as Fault, 429, 'None'],
    [{ fault: 'budget-exceeded' } as Fault, 429, 'budget_exceeded'],
    [{ fault: 'budget-exceeded', status: 400 } as Fault, 400, 'budget_exceeded'],
    [{ fault: 'server-error' } as Fault, 500, null],
    [{ fault: 'unavailable' } as Fault, 503, null],
    [{ fault: 'context-window' } as Fault, 400, null],
  ])('answers %j with %i in LiteLLM error shape', async (fault, status, type) => {
    simulator().enqueue('gpt-4o-mini', fault);
    const response = await ask();
    expect(response.status).toBe(status);
    const error = await body(response);
    expect(typeof error['message']).toBe('string');
    expect(error['type']).toBe(type);
    expect('param' in error).toBe(true);
    expect(error['code']).toBe(String(status));
  });

  it('sends retry-after on a rate limit only when scripted', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit' }, { fault: 'rate-limit', retryAfterSeconds: 2 });
    expect((await ask()).headers.has('retry-after')).toBe(false);
    expect((await ask()).headers.get('retry-after')).toBe('2');
  });

  it('sends a raw status with a text body as it is', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'status', status: 502, body: '<html>bad gateway</html>', headers: { 'content-type': 'text/html' } });
    const response = await ask();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html>bad gateway</html>');
  });

  it('says which deployment cooled down in the no-deployments message', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'no-deployments' });
    const message = String((await body(await ask()))['message']);
    const info = (await (await fetch(`${simulator().url}/model/info`)).json()) as { data: { model_name: string; model_info: { id: string } }[] };
    const deployment = info.data.find((entry) => entry.model_name === 'gpt-4o-mini')?.model_info.id;
    expect(message).toContain(`cooldown_list=['${deployment}']`);
  });

  it('sends only the call id, a zero cost and the timeout on an error of the model call', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit' });
    const response = await ask();
    const names = [...response.headers.keys()].filter((name) => name.startsWith('x-litellm')).sort();
    expect(names).toEqual(['x-litellm-call-id', 'x-litellm-key-spend', 'x-litellm-response-cost', 'x-litellm-timeout']);
    expect(response.headers.get('x-litellm-response-cost')).toBe('0');
  });
});

describe("a model configured with a fault, like LiteLLM's mock_response error strings", () => {
  const simulator = useSimulator({
    models: [{ id: 'mock-rate-limit', fault: { fault: 'rate-limit' } }, { id: 'mock-fine' }],
  });
  const ask = (model: string, stream = false) => chat(simulator(), { model, stream, messages: userSays('q') });

  it('fails every request, streaming or not, with that fault as JSON', async () => {
    for (const stream of [false, true, false]) {
      const response = await ask('mock-rate-limit', stream);
      expect(response.status).toBe(429);
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });

  it('answers a queued reply first, then fails again', async () => {
    simulator().enqueue('mock-rate-limit', { text: 'one good answer' });
    expect((await ask('mock-rate-limit')).status).toBe(200);
    expect((await ask('mock-rate-limit')).status).toBe(429);
  });

  it('leaves the other models alone', async () => {
    expect((await ask('mock-fine')).status).toBe(200);
  });
});
