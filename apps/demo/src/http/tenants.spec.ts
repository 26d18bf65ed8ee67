import { ModelsResponse } from '../shared/api-contract';
import { parseTenants } from '../config/tenants';
import { CANARY_KEY, type Harness, startHarness } from '../test-support/demo-harness';

const KEY_A = 'sk-canary-tenant-a-00112233';
const KEY_B = 'sk-canary-tenant-b-44556677';
const TOKEN_A = 'demo-token-team-a-0001';
const TOKEN_B = 'demo-token-team-b-0002';

const tenants = parseTenants(
  JSON.stringify({ [TOKEN_A]: { keyEnv: 'KEY_A', userId: 'u-a' }, [TOKEN_B]: { keyEnv: 'KEY_B', userId: 'u-b' } }),
  { KEY_A, KEY_B },
);
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const ask = (model: string) => ({ model, messages: [{ role: 'user', content: 'hi' }] });

describe('the demo HTTP API with tenants', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      simulator: { keys: [{ key: KEY_A, models: ['gpt-4o-mini', 'text-embedding-3-small'] }, { key: KEY_B, models: ['claude-3-5-haiku'] }] },
      tenants,
    });
  });
  afterEach(() => h.simulator.reset());
  afterAll(() => h.close());

  const models = async (token: string) => {
    const response = await h.app.inject({ method: 'GET', url: '/api/providers/litellm/models', headers: as(token) });
    expect(response.statusCode).toBe(200);
    return ModelsResponse.parse(response.json()).models.map((model) => model.id);
  };
  const chat = (token: string, body: object) => h.app.inject({ method: 'POST', url: '/api/providers', headers: as(token), payload: body });

  it("lists each tenant's own models, discovered with its own key", async () => {
    expect(await models(TOKEN_A)).toEqual(['litellm/gpt-4o-mini', 'litellm/text-embedding-3-small']);
    expect(await models(TOKEN_B)).toEqual(['litellm/claude-3-5-haiku']);
    const sent = h.simulator.requests.map((request) => request.headers['authorization']);
    expect(new Set(sent)).toEqual(new Set([`Bearer ${KEY_A}`, `Bearer ${KEY_B}`]));
  });

  it("chats with the tenant's key, and answers another tenant's model with a 404 before any call", async () => {
    const own = await chat(TOKEN_A, ask('litellm/gpt-4o-mini'));
    expect(own.statusCode).toBe(200);
    expect(h.simulator.chatRequests.map((request) => request.headers['authorization'])).toEqual([`Bearer ${KEY_A}`]);
    const other = await chat(TOKEN_A, ask('litellm/claude-3-5-haiku'));
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ error: { code: 'model_not_found' } });
    expect(h.simulator.chatRequests).toHaveLength(1);
  });

  it("attributes a tenant's chats to its userId, even when the body names another user", async () => {
    expect((await chat(TOKEN_A, ask('litellm/gpt-4o-mini'))).statusCode).toBe(200);
    expect((await chat(TOKEN_B, { ...ask('litellm/claude-3-5-haiku'), user: 'u-a' })).statusCode).toBe(200);
    expect(h.simulator.chatRequests.map((request) => request.user)).toEqual(['u-a', 'u-b']);
  });

  it("embeds with the tenant's key and user, and answers another tenant's embedding model with a 404", async () => {
    const embed = (token: string) =>
      h.app.inject({ method: 'POST', url: '/api/embeddings', headers: as(token), payload: { model: 'litellm/text-embedding-3-small', input: ['ab'] } });
    const embeddingCalls = () => h.simulator.requests.filter((request) => request.path === '/v1/embeddings');
    expect((await embed(TOKEN_A)).statusCode).toBe(200);
    expect(embeddingCalls().map((call) => [call.headers['authorization'], (call.body as { user?: unknown }).user])).toEqual([[`Bearer ${KEY_A}`, 'u-a']]);
    const other = await embed(TOKEN_B);
    expect(other.statusCode).toBe(404);
    expect(embeddingCalls()).toHaveLength(1);
  });

  it('refuses a request without a tenant token, or with an unknown one', async () => {
    for (const headers of [{}, as('demo-token-nobody-0009'), as(CANARY_KEY)]) {
      const response = await h.app.inject({ method: 'GET', url: '/api/providers', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it.each([{ credentials: { apiKey: KEY_B } }, { apiKey: KEY_B }, { baseUrl: 'http://127.0.0.1:1' }])(
    'never takes a key or base URL from the caller (%j)',
    async (steering) => {
      const response = await chat(TOKEN_A, { ...ask('litellm/claude-3-5-haiku'), ...steering });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/is not accepted: the server alone decides which proxy, key and headers are used/);
      expect(h.simulator.requests).toHaveLength(0);
    },
  );

  it('shows no tenant key in answers or logs', async () => {
    const answers = [await chat(TOKEN_A, ask('litellm/gpt-4o-mini')), await chat(TOKEN_B, ask('litellm/gpt-4o-mini'))];
    const text = [...answers.map((answer) => answer.body), ...h.logs].join('\n');
    for (const key of [KEY_A, KEY_B]) expect(text).not.toContain(key);
    expect(text).not.toContain(TOKEN_A);
  });
});
