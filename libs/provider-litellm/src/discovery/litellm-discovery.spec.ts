import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type Logger, SILENT_LOGGER } from '@modelgate/provider-contracts';
import { parseLiteLLMConfig } from '../parse-config';
import { LiteLLMDiscovery } from './litellm-discovery';

const KEY = `sk-canary-${Math.random().toString(36).slice(2)}`;

function discoveryFor(baseUrl: string, options: { apiKey?: string; timeoutMs?: number; logger?: Logger } = {}) {
  const config = parseLiteLLMConfig({
    baseUrl,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    discoveryTimeoutMs: options.timeoutMs ?? 5_000,
  });
  return new LiteLLMDiscovery(config, options.logger ?? SILENT_LOGGER);
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('LiteLLMDiscovery against the gateway simulator', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  it('lists chat models with the litellm/ prefix, enriched from /model/info', async () => {
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.status).toBe('ready');
    expect(report.enriched).toBe(true);
    expect(report.error).toBeNull();
    const ids = report.models.map((model) => model.id);
    expect(ids).toContain('litellm/gpt-4o-mini');
    expect(ids.every((id) => id.startsWith('litellm/'))).toBe(true);
    const mini = report.models.find((model) => model.id === 'litellm/gpt-4o-mini')!;
    expect(mini.contextWindow).toBeGreaterThan(0);
    expect(mini.pricing.inputPerToken).toBeGreaterThan(0);
    expect(mini.capabilities.tools).toBe(true);
  });

  it('keeps wildcard routes and non-chat models out of the chat list', async () => {
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    const ids = report.models.map((model) => model.name);
    expect(ids).not.toContain('openai/*');
    expect(ids).not.toContain('text-embedding-3-small');
  });

  it('sends the key as a bearer token', async () => {
    await discoveryFor(sim.url, { apiKey: KEY }).discover();
    const listCall = sim.requests.find((request) => request.path === '/v1/models')!;
    expect(listCall.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it('still succeeds with ids only when the key may not read /model/info', async () => {
    sim.setRouteFault('model-info', { fault: 'status', status: 403, body: { error: { message: 'not allowed' } } });
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.status).toBe('ready');
    expect(report.enriched).toBe(false);
    const mini = report.models.find((model) => model.id === 'litellm/gpt-4o-mini')!;
    expect(mini.mode).toBe('unknown');
    expect(mini.contextWindow).toBeNull();
  });

  it('merges a model group of several deployments into one model', async () => {
    sim.setModels([{ id: 'grouped', deployments: 3, modelInfo: { mode: 'chat', max_input_tokens: 32000 } }]);
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.models).toHaveLength(1);
    expect(report.models[0]).toMatchObject({ id: 'litellm/grouped', contextWindow: 32000 });
  });

  it('says empty, not ready, when the proxy serves no chat models', async () => {
    sim.setModels([{ id: 'text-embedding-3-small', modelInfo: { mode: 'embedding' } }]);
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
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
    const report = await discoveryFor(sim.url, { apiKey: wrong, logger }).discover();
    expect(report.status).toBe('unauthorized');
    expect(report.error?.code).toBe('unauthorized');
    const everything = JSON.stringify(report) + logged.join('\n');
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(wrong.slice(-4) + '"');
  });

  it('says misconfigured when the base URL has no /v1/models', async () => {
    sim.setRouteFault('models', { fault: 'status', status: 404, body: { detail: 'Not Found' } });
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.status).toBe('misconfigured');
  });

  it('says invalid_response for malformed JSON', async () => {
    sim.setRouteFault('models', { fault: 'malformed-json' });
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.status).toBe('invalid_response');
  });

  it('says invalid_response, naming the path, for JSON of the wrong shape', async () => {
    sim.setRouteFault('models', { fault: 'status', status: 200, body: { data: [{ name: 'no id' }] } });
    const report = await discoveryFor(sim.url, { apiKey: KEY }).discover();
    expect(report.status).toBe('invalid_response');
    expect(report.error?.message).toMatch(/data\.0\.id/);
  });

  it('says unreachable with a timeout when the proxy never answers', async () => {
    sim.setRouteFault('models', { fault: 'stall-headers' });
    const report = await discoveryFor(sim.url, { apiKey: KEY, timeoutMs: 200 }).discover();
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
    sim.setRouteFault('models', { fault: 'stall-headers' });
    const controller = new AbortController();
    const pending = discoveryFor(sim.url, { apiKey: KEY }).discover({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const report = await pending;
    expect(report.error?.code).toBe('aborted');
  });
});

describe('LiteLLMDiscovery against a server that is not a LiteLLM proxy', () => {
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
