import { startGatewaySimulator } from './server';
import { chat, useSimulator, userSays } from './test-support/http';

const MASTER = 'sk-master-keys-suite';
const TEAM_A = 'sk-team-a-0001';
const TEAM_B = 'sk-team-b-0002';
const BROKE = 'sk-broke-0003';
const LIMITED = 'sk-limited-0004';

const keys = [
  { key: TEAM_A, models: ['gpt-4o-mini'] },
  { key: TEAM_B, models: ['claude-3-5-haiku'] },
  { key: BROKE, maxBudget: 10, spend: 10 },
  { key: LIMITED, rpm: 2 },
];

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function get(url: string, key: string): Promise<{ status: number; body: { data: Record<string, unknown>[] } }> {
  const response = await fetch(url, { headers: bearer(key) });
  return { status: response.status, body: (await response.json()) as { data: Record<string, unknown>[] } };
}

async function errorOf(response: Response): Promise<{ message: string; type: string; param: unknown; code: string }> {
  return ((await response.json()) as { error: { message: string; type: string; param: unknown; code: string } }).error;
}

describe('the key database of a simulated LiteLLM 1.83', () => {
  const simulator = useSimulator({ masterKey: MASTER, keys });

  it('lists on /v1/models and /model/info only the models of the key, and all of them to the master key', async () => {
    const url = simulator().url;
    const ids = async (key: string) => (await get(`${url}/v1/models`, key)).body.data.map((entry) => entry['id']);
    const infoNames = async (key: string) => (await get(`${url}/model/info`, key)).body.data.map((entry) => entry['model_name']);
    expect(await ids(TEAM_A)).toEqual(['gpt-4o-mini']);
    expect(await ids(TEAM_B)).toEqual(['claude-3-5-haiku']);
    expect(await infoNames(TEAM_A)).toEqual(['gpt-4o-mini']);
    expect((await ids(MASTER)).length).toBeGreaterThan(2);
    expect((await ids(BROKE)).length).toBe((await ids(MASTER)).length);
  });

  it('refuses a chat to a model outside the key with the 401 that lists the key models', async () => {
    const response = await chat(simulator(), { model: 'claude-3-5-haiku', messages: userSays('hi') }, bearer(TEAM_A));
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      message: "key not allowed to access model. This key can only access models=['gpt-4o-mini']. Tried to access claude-3-5-haiku",
      type: 'key_model_access_denied',
      param: 'model',
      code: '401',
    });
    expect(simulator().chatRequests).toHaveLength(0);
  });

  it('answers a chat of the key own model', async () => {
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hi') }, bearer(TEAM_A));
    expect(response.status).toBe(200);
  });

  it('refuses a key over its budget with 400 budget_exceeded, as 1.83 auth handler does', async () => {
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hi') }, bearer(BROKE));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      message: 'Budget has been exceeded! Current cost: 10.0, Max budget: 10.0',
      type: 'budget_exceeded',
      param: null,
      code: '400',
    });
  });

  it('refuses the chat past the rpm limit with a 429 that waits the 60 s window', async () => {
    const ask = () => chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hi') }, bearer(LIMITED));
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.headers.get('rate_limit_type')).toBe('requests');
    const error = await errorOf(refused);
    expect(error.message).toMatch(/^Rate limit exceeded for api_key: [0-9a-f]{64}\. Limit type: requests\. Current limit: 2, Remaining: 0\./);
    expect(error.message).not.toContain(LIMITED);
  });

  it('answers an unknown sk- key with the database 401', async () => {
    const response = await fetch(`${simulator().url}/v1/models`, { headers: bearer('sk-nobody-9999') });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).type).toBe('token_not_found_in_db');
  });
});

describe('the key database of a simulated LiteLLM 1.108', () => {
  const simulator = useSimulator({ masterKey: MASTER, keys, litellmVersion: '1.108.7' });

  it('refuses a key over its budget with 429 budget_exceeded', async () => {
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hi') }, bearer(BROKE));
    expect(response.status).toBe(429);
    expect((await errorOf(response)).type).toBe('budget_exceeded');
  });

  it('names a refused model without the key model list', async () => {
    const response = await chat(simulator(), { model: 'claude-3-5-haiku', messages: userSays('hi') }, bearer(TEAM_A));
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.type).toBe('key_model_access_denied');
    expect(error.message).toContain("The requested model 'claude-3-5-haiku' is not available for this API key");
    expect(error.message).not.toContain('gpt-4o-mini');
  });
});

describe('virtual keys without a master key', () => {
  it('are refused at start, since such a proxy checks no key', async () => {
    await expect(startGatewaySimulator({ keys })).rejects.toThrow('virtual keys need a masterKey');
  });
});
