import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate } from './create-modelgate';
import { rejection } from '@modelgate/testing';

const MODEL = 'litellm/gpt-4o-mini';

describe('ExecutionService checks every request against the contract once, before any provider', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator();
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  const execution = async () =>
    (await createModelgate({ providers: [litellmModule({ baseUrl: `${sim.url}/v1/`, maxRetries: 0 })] })).execution;

  it('rejects a request that breaks the contract as bad_request, naming the field', async () => {
    const error = await rejection((await execution()).chat({ model: MODEL, messages: [] }));
    expect(error).toMatchObject({ code: 'bad_request', provider: 'litellm' });
    expect(error.message).toContain('messages');
    expect(sim.requests).toEqual([]);
  });

  it('rejects a malformed request from a stream too, through its result and its iteration', async () => {
    const stream = (await execution()).stream({
      model: MODEL,
      messages: [{ role: 'user', content: 'hi' }],
      signal: 'not a signal' as unknown as AbortSignal,
    });
    const error = await rejection(stream.result);
    expect(error).toMatchObject({ code: 'bad_request', model: MODEL });
    expect(error.message).toContain('signal');
    await expect((async () => { for await (const _event of stream) void _event; })()).rejects.toBe(error);
    expect(sim.requests).toEqual([]);
  });
});

describe('ExecutionService sends each operation only to a model whose mode takes it', () => {
  let sim: GatewaySimulator;

  beforeAll(async () => {
    sim = await startGatewaySimulator();
  });
  afterEach(() => sim.reset());
  afterAll(() => sim.close());

  const discovered = async () => {
    const gate = await createModelgate({ providers: [litellmModule({ baseUrl: sim.url, maxRetries: 0 })] });
    await gate.discovery.refresh();
    sim.reset();
    return gate;
  };
  const EMBEDDER = 'litellm/text-embedding-3-small';

  it('refuses a chat or a stream to an embedding model as bad_request before any request leaves', async () => {
    const gate = await discovered();
    const request = { model: EMBEDDER, messages: [{ role: 'user' as const, content: 'hi' }] };
    for (const error of [await rejection(gate.execution.chat(request)), await rejection(gate.execution.stream(request).result)]) {
      expect(error).toMatchObject({ code: 'bad_request', retryable: false, model: EMBEDDER, status: null });
      expect(error.message).toContain('"embedding"');
    }
    expect(sim.requests).toEqual([]);
  });

  it('refuses an embedding call to a chat model as bad_request before any request leaves', async () => {
    const gate = await discovered();
    const error = await rejection(gate.execution.embed({ model: MODEL, input: 'hi' }));
    expect(error).toMatchObject({ code: 'bad_request', retryable: false, model: MODEL });
    expect(error.message).toContain('"chat"');
    expect(sim.requests).toEqual([]);
  });

  it('rejects an embedding request that breaks the contract, naming the field', async () => {
    const gate = await discovered();
    const error = await rejection(gate.execution.embed({ model: EMBEDDER, input: [] }));
    expect(error).toMatchObject({ code: 'bad_request', provider: 'litellm' });
    expect(error.message).toContain('input');
    expect(sim.requests).toEqual([]);
  });

  it('embeds through the discovered model, with its dimensions and the header cost', async () => {
    const gate = await discovered();
    expect(gate.registry.getModel(EMBEDDER)).toMatchObject({ mode: 'embedding', dimensions: 1536 });
    const result = await gate.execution.embed({ model: EMBEDDER, input: ['ab', 'cde'] });
    expect(result).toMatchObject({ dimensions: 1536, batches: 1, cost: { source: 'gateway-header' } });
    expect(result.embeddings).toHaveLength(2);
  });
});
