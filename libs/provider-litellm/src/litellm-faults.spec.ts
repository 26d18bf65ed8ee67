import { type Fault, useSimulator } from '@modelgate/gateway-simulator';
import { type Mode, MODES, rejection, run } from '@modelgate/testing';
import { ask, litellmProviderFor, MODEL } from './test-support/litellm-provider';

describe("LiteLLM's own error answers become ProviderErrors", () => {
  const simulator = useSimulator();
  // A marker no error may carry: errors never repeat the prompt.
  const prompt = 'prompt-marker-litellm-9c2e';

  describe.each(MODES)('%s', (mode: Mode) => {
    it.each<[string, Fault, Record<string, unknown>]>([
      ['an unknown model', { fault: 'invalid-model' }, { code: 'model_not_found', status: 400, retryable: false }],
      ['no deployments available', { fault: 'no-deployments' }, { code: 'rate_limited', status: 429, retryable: true, retryAfterMs: 5000 }],
      ['an exceeded budget (429)', { fault: 'budget-exceeded' }, { code: 'budget_exceeded', status: 429, retryable: false }],
      ['an exceeded budget (400, older proxies)', { fault: 'budget-exceeded', status: 400 }, { code: 'budget_exceeded', status: 400 }],
    ])('maps %s, with the call id as request id', async (_name, fault, expected) => {
      simulator().enqueue('gpt-4o-mini', fault);
      const error = await rejection(run(litellmProviderFor(simulator()), ask(prompt), mode));
      expect(error).toMatchObject({ name: 'ProviderError', provider: 'litellm', model: MODEL, requestId: expect.any(String), ...expected });
      expect(JSON.stringify(error)).not.toContain(prompt);
    });
  });
});

describe('retries of LiteLLM answers', () => {
  const simulator = useSimulator({ masterKey: 'sk-master-retries' });
  const key = { apiKey: 'sk-master-retries' };
  const chatPosts = () => simulator().requests.filter((r) => r.path === '/v1/chat/completions').length;

  it('does not retry an exceeded budget, which the SDK would retry as a plain 429', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'budget-exceeded' }, { text: 'never reached' });
    const error = await rejection(litellmProviderFor(simulator(), { ...key, maxRetries: 2 }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'budget_exceeded', retryable: false });
    expect(chatPosts()).toBe(1);
  });

  it('does not retry the refusal of a wrong key by a proxy without a database (400 no_db_connection)', async () => {
    const error = await rejection(litellmProviderFor(simulator(), { apiKey: 'sk-wrong-key-1234', maxRetries: 2 }).chat(ask('hi')));
    expect(error.code).toBe('unauthorized');
    expect(chatPosts()).toBe(1);
  });
});
