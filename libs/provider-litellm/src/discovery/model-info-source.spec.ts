import { defaultSimulatedModels, type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { isChatModel, type Logger, SILENT_LOGGER } from '@modelgate/provider-contracts';
import { OpenAICompatibleDiscovery } from '@modelgate/provider-openai-compatible';
import { litellmServer } from '../litellm-module';
import { parseLiteLLMConfig } from '../parse-config';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();

function discoveryFor(baseUrl: string, logger: Logger = SILENT_LOGGER) {
  return new OpenAICompatibleDiscovery(litellmServer(parseLiteLLMConfig({ baseUrl, apiKey: KEY, discoveryTimeoutMs: 5_000 })), logger);
}

describe('LiteLLM discovery (/v1/models + /model/info) against the gateway simulator', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
  });
  afterEach(() => {
    sim.reset();
    sim.setModels(defaultSimulatedModels());
  });
  afterAll(() => sim.close());

  it('lists chat models with the litellm/ prefix, enriched from /model/info', async () => {
    const report = await discoveryFor(sim.url).discover();
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

  it('keeps wildcard routes out, and lists the embedding model with its mode, which keeps it out of chat', async () => {
    const report = await discoveryFor(sim.url).discover();
    const ids = report.models.map((model) => model.name);
    expect(ids).not.toContain('openai/*');
    const embedder = report.models.find((model) => model.name === 'text-embedding-3-small')!;
    expect(embedder).toMatchObject({ mode: 'embedding', contextWindow: 8191, dimensions: 1536, pricing: { inputPerToken: 2e-8 } });
    expect(isChatModel(embedder)).toBe(false);
  });

  it('sends the key to /model/info as well', async () => {
    await discoveryFor(sim.url).discover();
    const infoCall = sim.requests.find((request) => request.path === '/model/info')!;
    expect(infoCall.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it.each([403, 404])('still succeeds with ids only when /model/info answers %i, and logs why', async (status) => {
    sim.setRouteFault('model-info', { fault: 'status', status, body: { error: { message: 'not allowed' } } });
    const logged: string[] = [];
    const logger: Logger = { ...SILENT_LOGGER, info: (fields, message) => logged.push(JSON.stringify(fields) + message) };
    const report = await discoveryFor(sim.url, logger).discover();
    expect(report.status).toBe('ready');
    expect(report.enriched).toBe(false);
    const mini = report.models.find((model) => model.id === 'litellm/gpt-4o-mini')!;
    expect(mini.mode).toBe('unknown');
    expect(mini.contextWindow).toBeNull();
    expect(logged).toEqual([expect.stringContaining(`HTTP ${status}`)]);
    expect(logged.join()).not.toContain(KEY);
  });

  it('still succeeds with ids only when /model/info answers an unexpected shape, naming the path', async () => {
    sim.setRouteFault('model-info', { fault: 'status', status: 200, body: { data: [{ model_info: {} }] } });
    const logged: string[] = [];
    const logger: Logger = { ...SILENT_LOGGER, info: (fields, message) => logged.push(JSON.stringify(fields) + message) };
    const report = await discoveryFor(sim.url, logger).discover();
    expect(report).toMatchObject({ status: 'ready', enriched: false });
    expect(logged.join()).toMatch(/data\.0\.model_name/);
  });

  it('merges a model group of several deployments into one model', async () => {
    sim.setModels([{ id: 'grouped', deployments: 3, modelInfo: { mode: 'chat', max_input_tokens: 32000 } }]);
    const report = await discoveryFor(sim.url).discover();
    expect(report.models).toHaveLength(1);
    expect(report.models[0]).toMatchObject({ id: 'litellm/grouped', contextWindow: 32000 });
  });

  it('says empty, not ready, when the proxy serves no model anything here can call', async () => {
    sim.setModels([{ id: 'dall-e-3', modelInfo: { mode: 'image_generation' } }]);
    const report = await discoveryFor(sim.url).discover();
    expect(report).toMatchObject({ status: 'empty', models: [], error: null });
  });
});
