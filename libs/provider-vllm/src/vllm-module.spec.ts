import { Container } from 'inversify';
import { z } from 'zod';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { modelRegistryModule } from '@modelgate/model-registry';
import { ModelLoader, modelStoreModule } from '@modelgate/model-store';
import {
  type ChatRequest,
  createToolset,
  defineTool,
  type DiscoveryStatus,
  Provider,
  type StreamEvent,
  ToolExecutor,
} from '@modelgate/provider-contracts';
import { VllmConfigToken, type VllmConfigInput } from './vllm-config';
import { vllmModule } from './vllm-module';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();
const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';
const QWEN = 'Qwen/Qwen2.5-7B-Instruct';
const LLAMA_PRICE = { inputPerToken: 2e-7, outputPerToken: 5e-7 };
// vLLM reports a model's max_model_len; the simulator takes it from max_input_tokens.
const MODELS = [{ id: LLAMA, modelInfo: { max_input_tokens: 131072 } }, { id: QWEN }];

const calculator = defineTool({
  name: 'calculator',
  description: 'Multiplies two numbers written as "a * b"',
  parameters: z.object({ expression: z.string() }),
  execute: ({ expression }) => String(expression.split('*').reduce((product, part) => product * Number(part), 1)),
});
const tools = createToolset([calculator]);

describe('vllmModule against a simulated vLLM server', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY, flavor: 'vllm', models: MODELS });
  });
  afterEach(() => {
    sim.reset();
    sim.setModels(MODELS);
  });
  afterAll(() => sim.close());

  /** A container as an app composes it: registry, this module, store; discovery already run. */
  async function compose(config: Partial<VllmConfigInput> = {}) {
    const container = new Container();
    container.bind(ToolExecutor).toConstantValue(tools);
    await container.load(modelRegistryModule, vllmModule({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0, ...config }), modelStoreModule);
    const [report] = await container.get(ModelLoader).refresh();
    return { container, report: report!, provider: container.get<Provider>(Provider) };
  }

  const ask = (content: string, model = `vllm/${LLAMA}`): ChatRequest => ({ model, messages: [{ role: 'user', content }] });

  it('discovers the served models from /v1/models alone, prefixed vllm/, with their context length', async () => {
    const { report } = await compose();
    expect(report).toMatchObject({ provider: 'vllm', status: 'ready', enriched: false, error: null });
    expect(report.models.map((model) => model.id)).toEqual([`vllm/${LLAMA}`, `vllm/${QWEN}`]);
    expect(report.models[0]).toMatchObject({ name: LLAMA, mode: 'unknown', contextWindow: 131072 });
    expect(sim.requests.map((request) => request.path)).toEqual(['/v1/models']);
  });

  it('binds its parsed config under its own token', async () => {
    const { container } = await compose({ prices: { [LLAMA]: LLAMA_PRICE } });
    expect(container.get(VllmConfigToken)).toMatchObject({ baseUrl: sim.url, prices: { [LLAMA]: LLAMA_PRICE } });
  });

  it('gives a configured price to its model and leaves the others unpriced', async () => {
    const { report } = await compose({ prices: { [LLAMA]: LLAMA_PRICE } });
    expect(report.models.map((model) => model.pricing)).toEqual([LLAMA_PRICE, { inputPerToken: null, outputPerToken: null }]);
  });

  const failures: [DiscoveryStatus, string, () => void, Partial<VllmConfigInput>][] = [
    ['unauthorized', 'a wrong key', () => undefined, { apiKey: 'sk-canary-not-this-one' }],
    ['empty', 'no models', () => sim.setModels([]), {}],
    ['unreachable', 'a failing list', () => sim.setRouteFault('models', { fault: 'status', status: 503 }), {}],
    ['invalid_response', 'malformed JSON', () => sim.setRouteFault('models', { fault: 'malformed-json' }), {}],
  ];

  it.each(failures)('reports %s for %s', async (status, _what, arrange, config) => {
    arrange();
    const { report } = await compose(config);
    expect(report).toMatchObject({ provider: 'vllm', status, models: [] });
  });

  it('chats with the served model name and reports an unknown cost without prices', async () => {
    const { provider } = await compose();
    const result = await provider.chat(ask('hello vllm'));
    expect(result).toMatchObject({ provider: 'vllm', model: `vllm/${LLAMA}`, content: 'You said: hello vllm' });
    expect(result.usage.totalTokens).toBeGreaterThan(0);
    expect(result.cost).toEqual({ usd: null, source: 'unknown' });
    expect(result.gateway.callId).toBeNull();
    expect(sim.chatRequests.at(-1)).toMatchObject({ model: LLAMA });
    expect(sim.requests.at(-1)?.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it('streams a tool-calling chat to the same result a plain call gives', async () => {
    const { provider } = await compose();
    const request = { ...ask('What is 6 * 7?'), tools: [...tools.definitions()] };
    const stream = provider.stream(request);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const streamed = await stream.result;
    const plain = await provider.chat(request);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['tool-call', 'tool-result', 'text-delta']));
    expect(events.at(-1)?.type).toBe('finish');
    expect(streamed.toolCalls.map((call) => call.result)).toEqual(['42']);
    expect(streamed.content).toBe('The result is 42.');
    expect(plain.content).toBe(streamed.content);
    expect(streamed.cost.source).toBe('unknown');
  });

  it('prices plain and streamed calls from the configured table', async () => {
    const { provider } = await compose({ prices: { [LLAMA]: LLAMA_PRICE } });
    const plain = await provider.chat(ask('price me'));
    const stream = provider.stream(ask('price me'));
    for await (const _event of stream) void _event;
    const streamed = await stream.result;
    for (const result of [plain, streamed]) {
      const { inputTokens, outputTokens } = result.usage;
      expect(result.cost.source).toBe('price-table');
      expect(result.cost.usd).toBeCloseTo(inputTokens! * LLAMA_PRICE.inputPerToken + outputTokens! * LLAMA_PRICE.outputPerToken, 15);
    }
    const unpriced = await provider.chat(ask('price me', `vllm/${QWEN}`));
    expect(unpriced.cost.source).toBe('unknown');
  });

  it('fails at module creation, not on the first call, when the config is wrong', () => {
    expect(() => vllmModule({ baseUrl: 'not a url' })).toThrow(expect.objectContaining({ code: 'misconfigured' }));
  });
});
