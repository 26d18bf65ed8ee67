import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { selectModels, selectStatus } from '@modelgate/model-store';
import { createToolset, isProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate } from './create-modelgate';
import { calculator } from './test-support/calculator';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();

describe('createModelgate with the LiteLLM module, against the gateway simulator', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  const gate = (apiKey = KEY) =>
    createModelgate({
      providers: [litellmModule({ baseUrl: `${sim.url}/v1/`, apiKey, maxRetries: 0 })],
      toolExecutor: createToolset([calculator]),
    });

  it('discovers models into the registry and the store', async () => {
    const { discovery, registry, store } = await gate();
    const [report] = await discovery.refresh();
    expect(report!.status).toBe('ready');
    expect(registry.getModel('litellm/gpt-4o-mini')?.capabilities.tools).toBe(true);
    expect(selectStatus('litellm')(store.getState())).toBe('ready');
    expect(selectModels('litellm')(store.getState()).map((model) => model.id)).toContain('litellm/gpt-4o-mini');
  });

  it('shows an unauthorized proxy as such in the store, with no models and no key', async () => {
    const { discovery, store } = await gate('sk-canary-not-the-key');
    const [report] = await discovery.refresh();
    expect(report!.status).toBe('unauthorized');
    const state = store.getState().providers['litellm']!;
    expect(state.status).toBe('unauthorized');
    expect(state.models).toEqual([]);
    expect(JSON.stringify(state)).not.toContain('sk-canary-not-the-key');
  });

  it('runs a chat from discovery to answer, with usage, cost and gateway metadata', async () => {
    const { discovery, execution } = await gate();
    await discovery.refresh();
    const result = await execution.chat({
      model: 'litellm/gpt-4o-mini',
      messages: [{ role: 'user', content: 'hello there' }],
    });
    expect(result.content).toContain('hello there');
    expect(result.provider).toBe('litellm');
    expect(result.model).toBe('litellm/gpt-4o-mini');
    expect(result.usage.totalTokens).toBeGreaterThan(0);
    expect(result.cost.source).toBe('gateway-header');
    expect(result.cost.usd).toBeGreaterThan(0);
    expect(result.gateway.callId).toBeTruthy();
    expect(sim.chatRequests.at(-1)!.model).toBe('gpt-4o-mini');
  });

  it('streams a tool-calling chat and ends with the same result a plain call gives', async () => {
    const { discovery, execution } = await gate();
    await discovery.refresh();
    const request = {
      model: 'litellm/gpt-4o-mini',
      messages: [{ role: 'user' as const, content: 'What is 12 * 7?' }],
      tools: [...createToolset([calculator]).definitions()],
    };
    const stream = execution.stream(request);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const streamed = await stream.result;
    const plain = await execution.chat(request);

    const types = events.map((event) => event.type);
    expect(types).toContain('tool-call');
    expect(types).toContain('tool-result');
    expect(types.at(-1)).toBe('finish');
    expect(streamed.toolCalls.map((call) => [call.name, call.result])).toEqual([['calculator', '84']]);
    expect(streamed.content).toContain('84');
    expect(plain.content).toBe(streamed.content);
    expect(plain.toolCalls.map((call) => call.result)).toEqual(streamed.toolCalls.map((call) => call.result));
    // A text stream through LiteLLM reports `reasoning_tokens: 0` where a plain answer reports none.
    const { reasoningTokens: streamedReasoning, ...streamedCounts } = streamed.usage;
    const { reasoningTokens: plainReasoning, ...plainCounts } = plain.usage;
    expect(plainCounts).toEqual(streamedCounts);
    expect([streamedReasoning, plainReasoning]).toEqual([0, null]);
    expect(streamed.cost.source).not.toBe('gateway-header');
  });

  it('rejects a model no provider serves with model_not_found, before any HTTP call', async () => {
    const { execution } = await gate();
    const before = sim.requests.length;
    await expect(
      execution.chat({ model: 'nobody/some-model', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({ code: 'model_not_found' });
    const stream = execution.stream({ model: '', messages: [{ role: 'user', content: 'hi' }] });
    await expect(stream.result).rejects.toMatchObject({ code: 'model_not_found' });
    expect(sim.requests.length).toBe(before);
  });

  it('maps the proxy refusing an unknown model to a typed error', async () => {
    const { execution } = await gate();
    const error = await execution
      .chat({ model: 'litellm/not-served', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect(isProviderError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'model_not_found', provider: 'litellm', status: 400 });
  });

  it('fails at composition, naming the field, when the LiteLLM config is wrong', async () => {
    await expect(async () =>
      createModelgate({ providers: [litellmModule({ baseUrl: 'not a url', apiKey: KEY })] }),
    ).rejects.toMatchObject({ code: 'misconfigured', message: expect.stringMatching(/baseUrl/) });
  });

  it('denies models the application must not use', async () => {
    const { discovery, execution, registry } = await createModelgate({
      providers: [litellmModule({ baseUrl: sim.url, apiKey: KEY })],
      registry: { deny: ['litellm/claude-*'] },
    });
    await discovery.refresh();
    expect(registry.getModels('litellm').map((model) => model.id)).not.toContain('litellm/claude-3-5-haiku');
    await expect(
      execution.chat({ model: 'litellm/claude-3-5-haiku', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
