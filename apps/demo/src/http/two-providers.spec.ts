import { ChatResult, StreamEvent } from '@modelgate/provider-contracts';
import { ErrorBody, ModelsResponse, ProvidersResponse } from '../shared/api-contract';
import { parseSse } from '../shared/sse';
import { CANARY_KEY, type Harness, type HarnessOptions, VLLM_CANARY_KEY, closedPortUrl, startHarness } from '../test-support/demo-harness';

const LLAMA = 'vllm/meta-llama/Llama-3.1-8B-Instruct';
const ask = (model: string, content: string, extra: Record<string, unknown> = {}) => ({ model, messages: [{ role: 'user', content }], ...extra });

/** The demo server with a LiteLLM proxy and a vLLM server behind it, each a simulator of its own flavour. */
describe('the demo server with LiteLLM and vLLM', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  async function start(options: HarnessOptions = {}): Promise<Harness> {
    harness = await startHarness({ vllm: {}, ...options });
    return harness;
  }

  const get = (h: Harness, url: string) => h.app.inject({ method: 'GET', url });
  const post = (h: Harness, payload: object) => h.app.inject({ method: 'POST', url: '/api/providers', payload });
  const vllmOf = (h: Harness) => {
    if (!h.vllm) throw new Error('the harness runs no vLLM simulator');
    return h.vllm;
  };

  it('lists both configured providers, LiteLLM first', async () => {
    const h = await start();
    const response = await get(h, '/api/providers');
    expect(response.statusCode).toBe(200);
    expect(ProvidersResponse.strict().parse(response.json())).toEqual({
      providers: [
        { id: 'litellm', name: 'LiteLLM' },
        { id: 'vllm', name: 'vLLM' },
      ],
    });
  });

  it("answers each provider's models on its own route, each from its own server", async () => {
    const h = await start();
    const vllm = await get(h, '/api/providers/vllm/models');
    expect(vllm.statusCode).toBe(200);
    expect(ModelsResponse.strict().parse(vllm.json())).toEqual({
      status: 'ready',
      models: [
        expect.objectContaining({ id: LLAMA, provider: 'vllm', contextWindow: 131_072, pricing: { inputPerToken: null, outputPerToken: null } }),
        expect.objectContaining({ id: 'vllm/Qwen/Qwen2.5-7B-Instruct', provider: 'vllm', contextWindow: 32_768 }),
      ],
    });
    expect(vllmOf(h).requests.map((request) => request.path)).toEqual(['/v1/models']);
    expect(h.simulator.requests).toEqual([]);

    const litellm = ModelsResponse.parse((await get(h, '/api/providers/litellm/models')).json());
    expect(litellm.models.map((model) => model.provider)).toEqual(['litellm', 'litellm', 'litellm', 'litellm']);
    expect(vllmOf(h).requests).toHaveLength(1);
  });

  it.each(['openai', 'constructor', '__proto__', 'LITELLM'])('answers a typed 404 for the unconfigured provider %j', async (provider) => {
    const h = await start();
    const response = await get(h, `/api/providers/${provider}/models`);
    expect(response.statusCode).toBe(404);
    const { error } = ErrorBody.parse(response.json());
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^No provider .*is configured on this server \(configured: litellm, vllm\)$/);
    expect([...h.simulator.requests, ...vllmOf(h).requests]).toEqual([]);
  });

  it('never echoes a provider id that does not look like one', async () => {
    const h = await start();
    const response = await get(h, `/api/providers/${encodeURIComponent('<script>x</script>')}/models`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('script');
  });

  it('sends a chat for a vllm/ model to the vLLM server only, with its own key and the bare model name', async () => {
    const h = await start();
    const response = await post(h, ask(LLAMA, 'What is 12 * 7?', { tools: ['calculator'] }));
    expect(response.statusCode).toBe(200);
    const result = ChatResult.parse(response.json());
    expect(result).toMatchObject({ provider: 'vllm', model: LLAMA, content: 'The result is 84.', cost: { usd: null, source: 'unknown' } });
    const chats = vllmOf(h).chatRequests;
    expect(chats.map((request) => request.model)).toEqual(['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct']);
    expect(chats.map((request) => request.headers['authorization'])).toEqual([`Bearer ${VLLM_CANARY_KEY}`, `Bearer ${VLLM_CANARY_KEY}`]);
    expect(h.simulator.requests).toEqual([]);
  });

  it('streams a vllm/ model as typed events ending in finish', async () => {
    const h = await start();
    const response = await post(h, ask(LLAMA, 'Hello there', { stream: true }));
    const events = parseSse(response.body).map((frame) => StreamEvent.parse(JSON.parse(frame.data)));
    const finish = events.at(-1);
    expect(finish?.type === 'finish' && finish.result).toMatchObject({ provider: 'vllm', content: 'You said: Hello there' });
    expect(vllmOf(h).chatRequests.map((request) => request.stream)).toEqual([true]);
    expect(h.simulator.chatRequests).toEqual([]);
  });

  it('sends a chat for a litellm/ model to the LiteLLM proxy only, with its own key', async () => {
    const h = await start();
    const response = await post(h, ask('litellm/gpt-4o-mini', 'Hello there'));
    expect(ChatResult.parse(response.json())).toMatchObject({ provider: 'litellm', content: 'You said: Hello there' });
    expect(h.simulator.chatRequests.map((request) => request.headers['authorization'])).toEqual([`Bearer ${CANARY_KEY}`]);
    expect(vllmOf(h).requests).toEqual([]);
  });

  it('refuses a model of no configured provider without calling either server', async () => {
    const h = await start();
    const response = await post(h, ask('openai/gpt-4o', 'hi'));
    expect(response.statusCode).toBe(404);
    expect(ErrorBody.parse(response.json()).error.code).toBe('model_not_found');
    expect([...h.simulator.requests, ...vllmOf(h).requests]).toEqual([]);
  });

  describe('with one provider down', () => {
    it('keeps LiteLLM ready and chatting while vLLM is unreachable', async () => {
      const h = await start({ vllm: { baseUrl: await closedPortUrl() } });
      const down = await get(h, '/api/providers/vllm/models');
      expect(down.statusCode).toBe(503);
      expect(ModelsResponse.parse(down.json())).toMatchObject({ status: 'unreachable', models: [], error: { code: 'unreachable', provider: 'vllm' } });
      const up = await get(h, '/api/providers/litellm/models');
      expect(up.statusCode).toBe(200);
      expect(ModelsResponse.parse(up.json()).status).toBe('ready');
      expect((await post(h, ask('litellm/gpt-4o-mini', 'hi'))).statusCode).toBe(200);
      const refused = await post(h, ask(LLAMA, 'hi'));
      expect(refused.statusCode).toBe(404);
      expect(ErrorBody.parse(refused.json()).error.code).toBe('model_not_found');
      expect(vllmOf(h).requests).toEqual([]);
    });

    it('keeps vLLM ready and chatting while the LiteLLM proxy fails, and asks only vLLM for a vllm/ model', async () => {
      const h = await start();
      h.simulator.setRouteFault('models', { fault: 'unavailable' });
      expect((await get(h, '/api/providers/litellm/models')).statusCode).toBeGreaterThanOrEqual(500);
      expect(ModelsResponse.parse((await get(h, '/api/providers/vllm/models')).json()).status).toBe('ready');
      const asked = h.simulator.requests.length;
      expect((await post(h, ask(LLAMA, 'hi'))).statusCode).toBe(200);
      expect(h.simulator.requests).toHaveLength(asked);
    });
  });

  describe('with vLLM alone', () => {
    it('lists only vLLM, has no LiteLLM route, and never reaches a LiteLLM server', async () => {
      const h = await start({ litellm: false });
      expect(h.demo.gateways.map((gateway) => [gateway.kind.id, gateway.embedded])).toEqual([['vllm', false]]);
      expect(ProvidersResponse.parse((await get(h, '/api/providers')).json()).providers).toEqual([{ id: 'vllm', name: 'vLLM' }]);
      expect((await get(h, '/api/providers/litellm/models')).statusCode).toBe(404);
      expect((await post(h, ask('litellm/gpt-4o-mini', 'hi'))).statusCode).toBe(404);
      expect((await post(h, ask(LLAMA, 'hi'))).statusCode).toBe(200);
      expect(h.simulator.requests).toEqual([]);
    });
  });
});
