import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { selectScopedProvider } from '@modelgate/model-store';
import { type CredentialResolver, type StreamEvent } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { canaryKey, errorTexts, keyTraces, rejection, TextLogger } from '@modelgate/testing';
import { createModelgate } from './create-modelgate';

const MASTER = canaryKey('master');
const TEAM_A = canaryKey('team-a');
const TEAM_B = canaryKey('team-b');
const BROKE = canaryKey('broke');

const hi = [{ role: 'user' as const, content: 'hi' }];
const vault: Record<string, string> = { 'tenant-a': TEAM_A, 'tenant-b': TEAM_B };

describe('tenants with their own virtual keys, against the simulator key database', () => {
  let sim: GatewaySimulator;
  beforeAll(async () => {
    sim = await startGatewaySimulator({
      masterKey: MASTER,
      keys: [
        { key: TEAM_A, models: ['gpt-4o-mini', 'text-embedding-3-small'] },
        { key: TEAM_B, models: ['claude-3-5-haiku'] },
        { key: BROKE, maxBudget: 5, spend: 5 },
      ],
    });
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  const resolver: CredentialResolver = { resolve: async (name) => vault[name] ?? Promise.reject(new Error(`no ${name} in the vault`)) };
  const gate = (logger = new TextLogger(), apiKey: string | undefined = undefined) =>
    createModelgate({
      providers: [litellmModule({ baseUrl: sim.url, apiKey, maxRetries: 0 })],
      credentialResolver: resolver,
      logger,
    });
  const ids = (models: readonly { id: string }[]) => models.map((model) => model.id);

  it('discovers for each key its own models, kept apart in the registry and the store', async () => {
    const { discovery, registry, store } = await gate();
    const [a] = await discovery.refresh({ providerId: 'litellm', credentials: { apiKey: TEAM_A } });
    const [b] = await discovery.refresh({ providerId: 'litellm', credentials: { name: 'tenant-b' } });
    expect(a!.status).toBe('ready');
    expect(ids(a!.models)).toEqual(['litellm/gpt-4o-mini', 'litellm/text-embedding-3-small']);
    expect(ids(b!.models)).toEqual(['litellm/claude-3-5-haiku']);
    const scopeA = registry.scopeOf(TEAM_A);
    expect(ids(registry.getModels('litellm', scopeA))).toEqual(['litellm/gpt-4o-mini', 'litellm/text-embedding-3-small']);
    expect(ids(selectScopedProvider('litellm', scopeA)(store.getState())!.models)).toEqual(['litellm/gpt-4o-mini', 'litellm/text-embedding-3-small']);
    expect(ids(selectScopedProvider('litellm', registry.scopeOf(TEAM_B))(store.getState())!.models)).toEqual(['litellm/claude-3-5-haiku']);
    // The module has no key: its own state is untouched by the tenants' discoveries.
    expect(store.getState().providers['litellm']!.status).toBe('idle');
    const discoveryKeys = sim.requests.map((request) => request.headers['authorization']);
    expect(new Set(discoveryKeys)).toEqual(new Set([`Bearer ${TEAM_A}`, `Bearer ${TEAM_B}`]));
  });

  it('calls with the tenant key, and refuses another tenant model before any request leaves', async () => {
    const { discovery, execution } = await gate();
    await discovery.refresh({ providerId: 'litellm', credentials: { apiKey: TEAM_A } });
    await discovery.refresh({ providerId: 'litellm', credentials: { name: 'tenant-b' } });
    const result = await execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { name: 'tenant-a' } });
    expect(result.content.length).toBeGreaterThan(0);
    expect(sim.chatRequests.map((request) => request.headers['authorization'])).toEqual([`Bearer ${TEAM_A}`]);
    sim.reset();
    for (const credentials of [{ apiKey: TEAM_A }, { name: 'tenant-a' }]) {
      const plain = await rejection(execution.chat({ model: 'litellm/claude-3-5-haiku', messages: hi, credentials }));
      expect(plain.code).toBe('model_not_found');
      const streamed = await rejection(execution.stream({ model: 'litellm/claude-3-5-haiku', messages: hi, credentials }).result);
      expect(streamed.code).toBe('model_not_found');
    }
    expect(sim.requests).toHaveLength(0);
  });

  it("embeds with the tenant key, and refuses an embedding model outside the key's scope before any request leaves", async () => {
    const { discovery, execution } = await gate();
    await discovery.refresh({ providerId: 'litellm', credentials: { apiKey: TEAM_A } });
    await discovery.refresh({ providerId: 'litellm', credentials: { name: 'tenant-b' } });
    const embeddingCalls = () => sim.requests.filter((request) => request.path === '/v1/embeddings');
    const result = await execution.embed({ model: 'litellm/text-embedding-3-small', input: ['ab', 'cde'], credentials: { name: 'tenant-a' }, tags: ['team:a'] });
    expect(result.embeddings).toHaveLength(2);
    expect(embeddingCalls().map((call) => [call.headers['authorization'], (call.body as { metadata?: unknown }).metadata])).toEqual([
      [`Bearer ${TEAM_A}`, { tags: ['team:a'] }],
    ]);
    const refused = await rejection(execution.embed({ model: 'litellm/text-embedding-3-small', input: 'ab', credentials: { apiKey: TEAM_B } }));
    expect(refused.code).toBe('model_not_found');
    const chatToEmbedder = await rejection(execution.chat({ model: 'litellm/text-embedding-3-small', messages: hi, credentials: { apiKey: TEAM_A } }));
    expect(chatToEmbedder.code).toBe('bad_request');
    expect(embeddingCalls()).toHaveLength(1);
    expect(sim.chatRequests).toHaveLength(0);
  });

  it('streams with a named credential, the stream waiting for the resolver', async () => {
    const { execution } = await gate();
    const events: StreamEvent['type'][] = [];
    const stream = execution.stream({ model: 'litellm/claude-3-5-haiku', messages: hi, credentials: { name: 'tenant-b' } });
    for await (const event of stream) events.push(event.type);
    expect(events.at(-1)).toBe('finish');
    expect((await stream.result).finishReason.unified).toBe('stop');
    expect(sim.chatRequests[0]!.headers['authorization']).toBe(`Bearer ${TEAM_B}`);
  });

  it('answers a key over its budget as budget_exceeded, not retried', async () => {
    const { execution } = await gate();
    const error = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { apiKey: BROKE } }));
    expect(error.code).toBe('budget_exceeded');
    expect(error.retryable).toBe(false);
    expect(sim.requests).toHaveLength(1);
  });

  it('answers an unknown key as unauthorized, in discovery and in calls, and the key leaks nowhere', async () => {
    const stranger = canaryKey('stranger');
    const logger = new TextLogger();
    const { discovery, execution, store } = await gate(logger);
    const [report] = await discovery.refresh({ providerId: 'litellm', credentials: { apiKey: stranger } });
    expect(report!.status).toBe('unauthorized');
    const plain = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { apiKey: stranger } }));
    const streamed = await rejection(execution.stream({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { apiKey: stranger } }).result);
    for (const error of [plain, streamed]) expect(error.code).toBe('unauthorized');
    const texts = [...errorTexts(plain), ...errorTexts(streamed), JSON.stringify(report), JSON.stringify(store.getState()), ...logger.lines];
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(keyTraces(stranger, texts)).toEqual([]);
  });

  it('keeps an accepted tenant key out of results, reports, the store and the logs', async () => {
    const logger = new TextLogger();
    const { discovery, execution, store } = await gate(logger);
    const reports = await discovery.refresh({ providerId: 'litellm', credentials: { name: 'tenant-a' } });
    const result = await execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { name: 'tenant-a' } });
    sim.enqueue('gpt-4o-mini', { fault: 'server-error' });
    const failed = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { apiKey: TEAM_A } }));
    const texts = [JSON.stringify(result), JSON.stringify(reports), JSON.stringify(store.getState()), ...errorTexts(failed), ...logger.lines];
    expect(keyTraces(TEAM_A, texts)).toEqual([]);
  });

  it('fails a credential the resolver cannot give as unauthorized, without repeating the resolver', async () => {
    const { execution, discovery } = await gate();
    const error = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { name: 'tenant-z' } }));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('The credential "tenant-z" could not be resolved');
    expect(error.cause).toBeUndefined();
    await expect(discovery.refresh({ providerId: 'litellm', credentials: { name: 'tenant-z' } })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(sim.requests).toHaveLength(0);
  });

  it('refuses credentials for a discovery of every provider: a key goes to the one it is for', async () => {
    const { discovery } = await gate();
    await expect(discovery.refresh({ credentials: { apiKey: TEAM_A } })).rejects.toMatchObject({ code: 'bad_request' });
    expect(sim.requests).toHaveLength(0);
  });

  it('without a resolver, a named credential is misconfigured', async () => {
    const { execution } = await createModelgate({ providers: [litellmModule({ baseUrl: sim.url, maxRetries: 0 })] });
    const error = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials: { name: 'tenant-a' } }));
    expect(error.code).toBe('misconfigured');
  });

  it('uses the module key for calls without credentials', async () => {
    const { execution } = await gate(new TextLogger(), MASTER);
    await execution.chat({ model: 'litellm/claude-3-5-haiku', messages: hi });
    expect(sim.chatRequests[0]!.headers['authorization']).toBe(`Bearer ${MASTER}`);
  });

  it('refuses credentials that are neither a key nor a name as bad_request, naming no key', async () => {
    const { execution } = await gate();
    const credentials = { apiKey: TEAM_A, name: 'tenant-a' } as unknown as { apiKey: string };
    const error = await rejection(execution.chat({ model: 'litellm/gpt-4o-mini', messages: hi, credentials }));
    expect(error.code).toBe('bad_request');
    expect(keyTraces(TEAM_A, errorTexts(error))).toEqual([]);
  });
});
