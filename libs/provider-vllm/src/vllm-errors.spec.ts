import { Container } from 'inversify';
import { useSimulator } from '@modelgate/gateway-simulator';
import { modelRegistryModule } from '@modelgate/model-registry';
import { ModelLoader, modelStoreModule } from '@modelgate/model-store';
import { Provider } from '@modelgate/provider-contracts';
import { rejection } from '@modelgate/testing';
import { vllmModule } from './vllm-module';

const MODEL = 'Qwen/Qwen2.5-7B-Instruct';

/** LiteLLM's rules live in provider-litellm: a vLLM server's answers are read the OpenAI-compatible way only. */
describe('a vLLM provider applies none of LiteLLM’s rules', () => {
  const simulator = useSimulator({ flavor: 'vllm', models: [{ id: MODEL }] });

  async function composed(maxRetries: number) {
    const container = new Container();
    await container.load(modelRegistryModule, vllmModule({ baseUrl: simulator().url, maxRetries }), modelStoreModule);
    const [report] = await container.get(ModelLoader).refresh();
    return { report: report!, provider: container.get<Provider>(Provider) };
  }
  const provider = async (maxRetries = 0): Promise<Provider> => (await composed(maxRetries)).provider;
  const ask = { model: `vllm/${MODEL}`, messages: [{ role: 'user' as const, content: 'hi' }] };
  const chatPosts = () => simulator().requests.filter((request) => request.path === '/v1/chat/completions').length;

  it('reads a budget_exceeded-typed 429 as a plain, retryable rate limit, and the SDK retries it', async () => {
    simulator().enqueue(MODEL, { fault: 'budget-exceeded' });
    const gate = await provider(0);
    expect(await rejection(gate.chat(ask))).toMatchObject({ code: 'rate_limited', status: 429, retryable: true, requestId: null });
    simulator().enqueue(MODEL, { fault: 'budget-exceeded' }, { text: 'retried' });
    const before = chatPosts();
    expect((await (await provider(1)).chat(ask)).content).toBe('retried');
    expect(chatPosts() - before).toBe(2);
  });

  it('reads a 400 no_db_connection as a bad request, not a refused key', async () => {
    simulator().enqueue(MODEL, { fault: 'status', status: 400, body: { error: { message: 'No connected db.', type: 'no_db_connection', code: '400' } } });
    expect(await rejection((await provider()).chat(ask))).toMatchObject({ code: 'bad_request', status: 400 });
  });

  it('discovers a 400 no_db_connection to /v1/models as a failing server, not a refused key', async () => {
    simulator().setRouteFault('models', { fault: 'status', status: 400, body: { error: { message: 'No connected db.', type: 'no_db_connection', code: '400' } } });
    const { report } = await composed(0);
    expect(report).toMatchObject({ status: 'unreachable', error: { code: 'upstream', status: 400 } });
  });

  it('discovers a bare 500 text/plain to a request without a key as a failing server, not a refused key', async () => {
    simulator().setRouteFault('models', { fault: 'status', status: 500, body: 'Internal Server Error' });
    const { report } = await composed(0);
    expect(simulator().requests.at(-1)?.headers['authorization']).toBeUndefined();
    expect(report).toMatchObject({ status: 'unreachable', error: { code: 'upstream', status: 500 } });
  });

  it('reads LiteLLM’s unknown-model wording on a 400 as a bad request', async () => {
    simulator().enqueue(MODEL, { fault: 'invalid-model' });
    expect(await rejection((await provider()).chat(ask))).toMatchObject({ code: 'bad_request', status: 400 });
  });
});
