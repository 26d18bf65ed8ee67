import { type ContainerModule } from 'inversify';
import { z } from 'zod';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { selectAllModels, selectModels } from '@modelgate/model-store';
import { createToolset, defineTool, type StreamEvent } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { vllmModule } from '@modelgate/provider-vllm';
import { createModelgate, type Modelgate } from './create-modelgate';
import { canaryKey } from '@modelgate/testing';

const LITELLM_KEY = canaryKey('litellm');
const VLLM_KEY = canaryKey('vllm');
const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';

// The simulator's scripted model calls a tool named `calculator` with `{ expression: "12 * 7" }`.
const toolset = createToolset([
  defineTool({
    name: 'calculator',
    parameters: z.object({ expression: z.string() }),
    execute: ({ expression }) => String(expression.split('*').reduce((product, factor) => product * Number(factor), 1)),
  }),
]);

/** The one composition root both apps share: only the provider modules differ. */
const runtime = (providers: ContainerModule[]): Promise<Modelgate> => createModelgate({ providers, toolExecutor: toolset });

/**
 * Application code that knows no provider: it discovers, takes the first model offered, asks a question
 * that needs a tool, then streams another one.
 */
async function application(gate: Modelgate) {
  await gate.discovery.refresh();
  const model = selectAllModels(gate.store.getState())[0]!.id;
  const answer = await gate.execution.chat({
    model,
    messages: [{ role: 'user', content: 'What is 12 * 7?' }],
    tools: [...toolset.definitions()],
  });
  const stream = gate.execution.stream({ model, messages: [{ role: 'user', content: 'Say hello' }] });
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  const streamed = await stream.result;
  return {
    model,
    provider: answer.provider,
    toolResults: answer.toolCalls.map((call) => [call.name, call.result]),
    answer: answer.content,
    streamedText: events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join(''),
    streamedContent: streamed.content,
    lastEvent: events.at(-1)?.type,
  };
}

describe('swapping providers through the container', () => {
  let litellm: GatewaySimulator;
  let vllm: GatewaySimulator;

  beforeAll(async () => {
    litellm = await startGatewaySimulator({ masterKey: LITELLM_KEY });
    vllm = await startGatewaySimulator({ masterKey: VLLM_KEY, flavor: 'vllm', models: [{ id: LLAMA }] });
  });
  afterEach(() => {
    litellm.reset();
    vllm.reset();
  });
  afterAll(async () => {
    await Promise.all([litellm.close(), vllm.close()]);
  });

  const litellmModules = () => [litellmModule({ baseUrl: litellm.url, apiKey: LITELLM_KEY, maxRetries: 0 })];
  const vllmModules = () => [vllmModule({ baseUrl: vllm.url, apiKey: VLLM_KEY, maxRetries: 0 })];

  it('runs the same application on LiteLLM and on vLLM, each answer from its own server', async () => {
    const onLiteLLM = await application(await runtime(litellmModules()));
    const onVllm = await application(await runtime(vllmModules()));

    expect(onLiteLLM).toMatchObject({ provider: 'litellm', model: 'litellm/gpt-4o-mini' });
    expect(onVllm).toMatchObject({ provider: 'vllm', model: `vllm/${LLAMA}` });
    for (const outcome of [onLiteLLM, onVllm]) {
      expect(outcome.toolResults).toEqual([['calculator', '84']]);
      expect(outcome.answer).toBe('The result is 84.');
      expect(outcome.streamedText).toBe('You said: Say hello');
      expect(outcome.streamedContent).toBe(outcome.streamedText);
      expect(outcome.lastEvent).toBe('finish');
    }
    expect(litellm.chatRequests.map((request) => request.model)).toEqual(['gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o-mini']);
    expect(vllm.chatRequests.map((request) => request.model)).toEqual([LLAMA, LLAMA, LLAMA]);
  });

  it('keeps each server to its own key', async () => {
    await application(await runtime(litellmModules()));
    await application(await runtime(vllmModules()));
    const keys = (sim: GatewaySimulator) => new Set(sim.requests.map((request) => request.headers['authorization']));
    expect(keys(litellm)).toEqual(new Set([`Bearer ${LITELLM_KEY}`]));
    expect(keys(vllm)).toEqual(new Set([`Bearer ${VLLM_KEY}`]));
  });

  describe('with both providers in one runtime', () => {
    it('discovers the models of both side by side', async () => {
      const gate = await runtime([...litellmModules(), ...vllmModules()]);
      const reports = await gate.discovery.refresh();
      expect(reports.map((report) => [report.provider, report.status]).sort()).toEqual([
        ['litellm', 'ready'],
        ['vllm', 'ready'],
      ]);
      const state = gate.store.getState();
      expect(selectModels('litellm')(state).map((model) => model.id)).toContain('litellm/gpt-4o-mini');
      expect(selectModels('vllm')(state).map((model) => model.id)).toEqual([`vllm/${LLAMA}`]);
      expect(gate.registry.getProviderFromModel(`vllm/${LLAMA}`).id).toBe('vllm');
      expect(gate.registry.getModel('litellm/gpt-4o-mini')?.provider).toBe('litellm');
    });

    it('sends each request to the server of its model', async () => {
      const gate = await runtime([...litellmModules(), ...vllmModules()]);
      await gate.discovery.refresh();
      const ask = (model: string, content: string) => gate.execution.chat({ model, messages: [{ role: 'user', content }] });

      const fromVllm = await ask(`vllm/${LLAMA}`, 'to vllm');
      const fromLiteLLM = await ask('litellm/gpt-4o-mini', 'to litellm');
      const streamed = gate.execution.stream({ model: `vllm/${LLAMA}`, messages: [{ role: 'user', content: 'streamed to vllm' }] });
      await streamed.result;

      expect([fromVllm.provider, fromLiteLLM.provider]).toEqual(['vllm', 'litellm']);
      expect(vllm.chatRequests.map((request) => [request.model, request.stream === true])).toEqual([
        [LLAMA, false],
        [LLAMA, true],
      ]);
      expect(litellm.chatRequests.map((request) => request.model)).toEqual(['gpt-4o-mini']);
      expect(fromLiteLLM.cost.source).toBe('gateway-header');
      expect(fromVllm.cost.source).toBe('unknown');
    });
  });
});
