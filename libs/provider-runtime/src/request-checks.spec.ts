import { useSimulator } from '@modelgate/gateway-simulator';
import { litellmModule } from '@modelgate/provider-litellm';
import { vllmModule } from '@modelgate/provider-vllm';
import { rejection } from '@modelgate/testing';
import { createModelgate } from './create-modelgate';

const MODEL = 'litellm/gpt-4o-mini';
const hi = [{ role: 'user' as const, content: 'hi' }];

describe('ExecutionService refuses options it cannot honour, before any request leaves', () => {
  const simulator = useSimulator();
  const execution = async () => {
    const { url } = simulator();
    return (await createModelgate({ providers: [litellmModule({ baseUrl: url, maxRetries: 0 }), vllmModule({ baseUrl: url, maxRetries: 0 })] })).execution;
  };

  it('refuses an unknown option as bad_request, naming it', async () => {
    const request = { model: MODEL, messages: hi, top_p: 0.5 } as unknown as Parameters<Awaited<ReturnType<typeof execution>>['chat']>[0];
    const error = await rejection((await execution()).chat(request));
    expect(error).toMatchObject({ code: 'bad_request', provider: 'litellm' });
    expect(error.message).toContain('top_p');
    expect(simulator().requests).toEqual([]);
  });

  it('refuses provider options that try to override the model', async () => {
    const error = await rejection((await execution()).chat({ model: MODEL, messages: hi, providerOptions: { litellm: { model: 'gpt-4o' } } }));
    expect(error).toMatchObject({ code: 'bad_request' });
    expect(error.message).toContain('providerOptions.litellm.model');
    expect(simulator().requests).toEqual([]);
  });

  it("refuses a fallback to another provider's model, saying why", async () => {
    const error = await rejection((await execution()).chat({ model: MODEL, messages: hi, fallbackModels: ['vllm/llama'] }));
    expect(error).toMatchObject({ code: 'bad_request', model: MODEL });
    expect(error.message).toBe('Fallback model vllm/llama belongs to provider "vllm"; fallbacks must be models of "litellm", the call\'s provider');
    expect(simulator().requests).toEqual([]);
  });

  it('refuses a fallback no provider serves', async () => {
    const error = await rejection((await execution()).chat({ model: MODEL, messages: hi, fallbackModels: ['nowhere/model'] }));
    expect(error).toMatchObject({ code: 'bad_request' });
    expect(error.message).toContain('Fallback model nowhere/model');
  });

  it('takes a fallback of the same provider and answers from it when the first is rate limited', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit' });
    const result = await (await execution()).chat({ model: MODEL, messages: hi, fallbackModels: ['litellm/claude-3-5-haiku'] });
    expect(result.model).toBe('litellm/claude-3-5-haiku');
    expect(result.gateway.failedAttempts).toEqual([expect.objectContaining({ model: MODEL, code: 'rate_limited' })]);
  });
});
