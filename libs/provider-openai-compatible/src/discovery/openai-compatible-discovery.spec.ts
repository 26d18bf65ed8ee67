import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { defaultSimulatedModels } from '@modelgate/gateway-simulator';
import { type Logger, SILENT_LOGGER } from '@modelgate/provider-contracts';
import { type ModelFacts } from './model-facts';
import { type DiscoverableServer, OpenAICompatibleDiscovery } from './openai-compatible-discovery';
import { OpenAICompatibleServerConfig, parseServerConfig } from './server-config';
import { discoveredServerDefinition } from './server-definition';
import { useSimulator } from '../test-support/harness';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();
const definition = discoveredServerDefinition({ id: 'acme', name: 'Acme', description: 'A test server' });

type Hooks = Pick<DiscoverableServer, 'describe' | 'details' | 'version'>;

function discoveryFor(baseUrl: string, options: { apiKey?: string; timeoutMs?: number; logger?: Logger } = {}, hooks: Hooks = {}) {
  const config = parseServerConfig(
    OpenAICompatibleServerConfig,
    { baseUrl, ...(options.apiKey ? { apiKey: options.apiKey } : {}), discoveryTimeoutMs: options.timeoutMs ?? 5_000 },
    definition,
  );
  return new OpenAICompatibleDiscovery({ definition, config, ...hooks }, options.logger ?? SILENT_LOGGER);
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('OpenAICompatibleDiscovery against a plain OpenAI-compatible server', () => {
  const sim = useSimulator({ masterKey: KEY, flavor: 'vllm' });
  afterEach(() => sim().setModels(defaultSimulatedModels()));

  it('lists the served models with the provider prefix, knowing only what the list says', async () => {
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report).toMatchObject({ provider: 'acme', status: 'ready', enriched: false, error: null });
    const mini = report.models.find((model) => model.id === 'acme/gpt-4o-mini')!;
    expect(mini).toMatchObject({ provider: 'acme', name: 'gpt-4o-mini', mode: 'unknown', contextWindow: null });
    expect(report.models.every((model) => model.id.startsWith('acme/'))).toBe(true);
  });

  it('keeps wildcard routes out of the chat list', async () => {
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report.models.map((model) => model.name)).not.toContain('openai/*');
  });

  it('sends the key as a bearer token', async () => {
    await discoveryFor(sim().url, { apiKey: KEY }).discover();
    const listCall = sim().requests.find((request) => request.path === '/v1/models')!;
    expect(listCall.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it('takes facts from the list entry through describe', async () => {
    sim().setModels([{ id: 'llama', modelInfo: { max_input_tokens: 8192 } }]);
    const fromEntry: Hooks['describe'] = (model) => ({ contextWindow: Number(model['max_model_len']) });
    const report = await discoveryFor(sim().url, { apiKey: KEY }, { describe: fromEntry }).discover();
    expect(report.models).toEqual([expect.objectContaining({ id: 'acme/llama', contextWindow: 8192 })]);
  });

  it('asks the details source with the key, and lets the facts it reports win', async () => {
    sim().setModels([{ id: 'llama', modelInfo: { max_input_tokens: 8192 } }]);
    const details: Hooks['details'] = async (get) => {
      const outcome = await get('/v1/models/llama');
      return outcome.kind === 'json' ? (name) => (name === 'llama' ? { contextWindow: 4096, mode: 'chat' } : undefined) : null;
    };
    const fromEntry: Hooks['describe'] = () => ({ contextWindow: 8192, maxOutputTokens: 1024 });
    const report = await discoveryFor(sim().url, { apiKey: KEY }, { describe: fromEntry, details }).discover();
    expect(report.enriched).toBe(true);
    expect(report.models[0]).toMatchObject({ mode: 'chat', contextWindow: 4096, maxOutputTokens: 1024 });
    const detailsCall = sim().requests.find((request) => request.path === '/v1/models/llama')!;
    expect(detailsCall.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it('still succeeds, not enriched, when the details source has nothing to say', async () => {
    const report = await discoveryFor(sim().url, { apiKey: KEY }, { details: async () => null }).discover();
    expect(report).toMatchObject({ status: 'ready', enriched: false });
  });

  it('keeps embedding models with their mode and leaves out the modes nothing here can call', async () => {
    sim().setModels([{ id: 'llama' }, { id: 'embedder' }, { id: 'painter' }]);
    const modes: Record<string, ModelFacts> = { embedder: { mode: 'embedding', dimensions: 768 }, painter: { mode: 'image_generation' } };
    const details: Hooks['details'] = async () => (name) => modes[name];
    const report = await discoveryFor(sim().url, { apiKey: KEY }, { details }).discover();
    expect(report.models.map(({ name, mode, dimensions }) => ({ name, mode, dimensions }))).toEqual([
      { name: 'llama', mode: 'unknown', dimensions: undefined },
      { name: 'embedder', mode: 'embedding', dimensions: 768 },
    ]);
  });

  it('says empty, not ready, when the server serves no chat models', async () => {
    sim().setModels([{ id: 'openai/*' }]);
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report).toMatchObject({ status: 'empty', models: [], error: null });
  });

  it('says unauthorized for a wrong key and never repeats it', async () => {
    const wrong = `sk-canary-wrong-${Date.now()}`;
    const logged: string[] = [];
    const logger: Logger = {
      debug: (f, m) => logged.push(JSON.stringify(f) + m),
      info: (f, m) => logged.push(JSON.stringify(f) + m),
      warn: (f, m) => logged.push(JSON.stringify(f) + m),
      error: (f, m) => logged.push(JSON.stringify(f) + m),
    };
    const report = await discoveryFor(sim().url, { apiKey: wrong, logger }).discover();
    expect(report.status).toBe('unauthorized');
    expect(report.error?.code).toBe('unauthorized');
    expect(logged.length).toBeGreaterThan(0);
    const everything = JSON.stringify(report) + logged.join('\n');
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(wrong.slice(-4) + '"');
  });

  it('says misconfigured when the base URL has no /v1/models', async () => {
    sim().setRouteFault('models', { fault: 'status', status: 404, body: { detail: 'Not Found' } });
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report.status).toBe('misconfigured');
  });

  it('keeps the HTTP status the server answered with in the error, and none when there was no answer', async () => {
    sim().setRouteFault('models', { fault: 'server-error' });
    const failed = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(failed).toMatchObject({ status: 'unreachable', error: { code: 'upstream', status: 500 } });
    expect(JSON.parse(JSON.stringify(failed)).error.status).toBe(500);
    sim().setRouteFault('models', { fault: 'stall-headers' });
    const silent = await discoveryFor(sim().url, { apiKey: KEY, timeoutMs: 200 }).discover();
    expect(silent.error).toMatchObject({ code: 'timeout', status: null });
  });

  it('asks the version hook alongside the list and reports what it says; a server without one reports none', async () => {
    const versioned = await discoveryFor(sim().url, { apiKey: KEY }, { version: async () => '9.9.9' }).discover();
    expect(versioned.serverVersion).toBe('9.9.9');
    expect('serverVersion' in (await discoveryFor(sim().url, { apiKey: KEY }).discover())).toBe(false);
  });

  it('says invalid_response for malformed JSON', async () => {
    sim().setRouteFault('models', { fault: 'malformed-json' });
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report.status).toBe('invalid_response');
  });

  it('says invalid_response, naming the path, for JSON of the wrong shape', async () => {
    sim().setRouteFault('models', { fault: 'status', status: 200, body: { data: [{ name: 'no id' }] } });
    const report = await discoveryFor(sim().url, { apiKey: KEY }).discover();
    expect(report.status).toBe('invalid_response');
    expect(report.error?.message).toMatch(/data\.0\.id/);
  });

  it('says unreachable with a timeout when the server never answers', async () => {
    sim().setRouteFault('models', { fault: 'stall-headers' });
    const report = await discoveryFor(sim().url, { apiKey: KEY, timeoutMs: 200 }).discover();
    expect(report.status).toBe('unreachable');
    expect(report.error?.code).toBe('timeout');
  });

  it('says unreachable when nothing listens on the port', async () => {
    const server = createServer();
    const url = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    const report = await discoveryFor(url).discover();
    expect(report.status).toBe('unreachable');
    expect(report.error?.code).toBe('unreachable');
  });

  it('reports an aborted discovery without throwing', async () => {
    sim().setRouteFault('models', { fault: 'stall-headers' });
    const controller = new AbortController();
    const pending = discoveryFor(sim().url, { apiKey: KEY }).discover({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const report = await pending;
    expect(report.error?.code).toBe('aborted');
  });
});

describe('OpenAICompatibleDiscovery against a server that is not OpenAI-compatible', () => {
  it('says misconfigured when /v1/models answers a web page', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome</body></html>');
    });
    const url = await listen(server);
    try {
      const report = await discoveryFor(url).discover();
      expect(report.status).toBe('misconfigured');
      expect(report.models).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
