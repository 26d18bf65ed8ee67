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
