import { Container } from 'inversify';
import { z } from 'zod';
import { ModelRegistry, modelRegistryModule } from '@modelgate/model-registry';
import {
  createToolset,
  defineTool,
  EMPTY_GATEWAY_METADATA,
  Logger,
  ModelDiscovery,
  Provider,
  ToolExecutor,
} from '@modelgate/provider-contracts';
import { type ResponseInspector } from '../model-call';
import { OpenAICompatibleServerConfig, parseServerConfig } from './server-config';
import { discoveredServerDefinition } from './server-definition';
import { type OpenAICompatibleServer, openAICompatibleServerModule } from './server-module';
import { useSimulator } from '../test-support/harness';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();
const ConfigToken = Symbol.for('modelgate.test.AcmeConfig');
const definition = discoveredServerDefinition({ id: 'acme', name: 'Acme', description: 'A test server' });

const fixedCalculator = defineTool({
  name: 'calculator',
  description: 'Multiplies two numbers written as "a * b"',
  parameters: z.object({ expression: z.string() }),
  execute: () => 'forty-two',
});

describe('openAICompatibleServerModule', () => {
  const sim = useSimulator({ masterKey: KEY, flavor: 'vllm' });

  function server(overrides: Partial<OpenAICompatibleServer> = {}, apiKey = KEY): OpenAICompatibleServer {
    const config = parseServerConfig(OpenAICompatibleServerConfig, { baseUrl: sim().url, apiKey, maxRetries: 0 }, definition);
    return { definition, config, configToken: ConfigToken, ...overrides };
  }

  async function containerWith(module: OpenAICompatibleServer, extras: (container: Container) => void = () => undefined) {
    const container = new Container();
    extras(container);
    await container.load(modelRegistryModule, openAICompatibleServerModule(module));
    return container;
  }

  it('binds the parsed config under the provider token and the definition into the registry', async () => {
    const container = await containerWith(server());
    expect(container.get(ConfigToken)).toMatchObject({ baseUrl: sim().url, apiKey: KEY, discoveryTimeoutMs: 10_000 });
    expect(container.get<ModelRegistry>(ModelRegistry).getProviderFromModel('acme/anything').id).toBe('acme');
  });

  it('resolves discovery and provider without a logger or a tool executor in the container', async () => {
    const container = await containerWith(server());
    const report = await container.get<ModelDiscovery>(ModelDiscovery).discover();
    expect(report).toMatchObject({ provider: 'acme', status: 'ready' });
    const result = await container.get<Provider>(Provider).chat({ model: 'acme/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    expect(result.provider).toBe('acme');
    expect(sim().chatRequests.at(-1)?.model).toBe('gpt-4o-mini');
  });

  it('gives discovery the container logger', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (_f, m) => lines.push(m) };
    const container = await containerWith(server({}, 'sk-canary-wrong'), (c) => c.bind(Logger).toConstantValue(logger));
    const report = await container.get<ModelDiscovery>(ModelDiscovery).discover();
    expect(report.status).toBe('unauthorized');
    expect(lines).toEqual([expect.stringContaining('refused the key')]);
  });

  it('runs tools through the container tool executor', async () => {
    const container = await containerWith(server(), (c) => c.bind(ToolExecutor).toConstantValue(createToolset([fixedCalculator])));
    const result = await container.get<Provider>(Provider).chat({
      model: 'acme/gpt-4o-mini',
      messages: [{ role: 'user', content: 'What is 6 * 7?' }],
      tools: [...createToolset([fixedCalculator]).definitions()],
    });
    expect(result.toolCalls.map((call) => call.result)).toEqual(['forty-two']);
  });

  it('reads response headers through the server inspector when it has one', async () => {
    const inspectResponse: ResponseInspector = () => ({ gateway: { ...EMPTY_GATEWAY_METADATA, callId: 'from-inspector' }, costUsd: 0.25 });
    const container = await containerWith(server({ inspectResponse }));
    const result = await container.get<Provider>(Provider).chat({ model: 'acme/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    expect(result.gateway.callId).toBe('from-inspector');
    expect(result.cost).toEqual({ usd: 0.25, source: 'gateway-header' });
  });
});
