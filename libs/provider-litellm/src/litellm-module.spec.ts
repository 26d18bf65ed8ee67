import { Container } from 'inversify';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { ModelRegistry, modelRegistryModule } from '@modelgate/model-registry';
import { ModelDiscovery, Provider } from '@modelgate/provider-contracts';
import { LiteLLMConfigToken } from './litellm-config';
import { litellmModule } from './litellm-module';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();

describe('litellmModule', () => {
  let sim: GatewaySimulator;
  let container: Container;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
    container = new Container();
    await container.load(modelRegistryModule, litellmModule({ baseUrl: `${sim.url}/v1`, apiKey: KEY, maxRetries: 0 }));
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  it('binds the parsed config under the LiteLLM token', () => {
    expect(container.get(LiteLLMConfigToken)).toEqual(expect.objectContaining({ baseUrl: sim.url, apiKey: KEY }));
  });

  it('discovers through /v1/models and /model/info together', async () => {
    const report = await container.get<ModelDiscovery>(ModelDiscovery).discover();
    expect(report).toMatchObject({ provider: 'litellm', status: 'ready', enriched: true });
    expect(new Set(sim.requests.map((request) => request.path))).toEqual(new Set(['/v1/models', '/model/info', '/health/readiness']));
    expect(report.serverVersion).toBe('1.83.14');
  });

  it('reads the proxy call id and cost from the x-litellm headers of a chat', async () => {
    const registry = container.get<ModelRegistry>(ModelRegistry);
    registry.setDynamicModels('litellm', (await container.get<ModelDiscovery>(ModelDiscovery).discover()).models);
    const result = await container.get<Provider>(Provider).chat({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    expect(result.gateway.callId).toMatch(/[0-9a-f-]{36}/);
    expect(result.gateway.version).toBeTruthy();
    expect(result.cost.source).toBe('gateway-header');
  });

  it('fails at module creation when the proxy URL is wrong', () => {
    expect(() => litellmModule({ baseUrl: 'proxy:4000' })).toThrow(/Invalid LiteLLM configuration: baseUrl/);
  });
});
