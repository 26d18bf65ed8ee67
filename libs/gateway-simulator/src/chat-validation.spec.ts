import { chat, useSimulator, userSays } from './test-support/http';
import { validateChat } from './chat-validation';
import { ModelCatalog } from './model-catalog';

const catalog = new ModelCatalog([{ id: 'chat-model' }, { id: 'embed', modelInfo: { mode: 'embedding' } }, { id: 'openai/*' }]);
const user = [{ role: 'user', content: 'hi' }];

function failure(body: unknown): { status: number; error: Record<string, unknown> } {
  const result = validateChat(body, catalog);
  if (result.ok) throw new Error('expected a failure');
  return { status: result.error.status, error: (result.error.body as { error: Record<string, unknown> }).error };
}

describe('validateChat', () => {
  it('accepts a chat request for a known model', () => {
    const result = validateChat({ model: 'chat-model', messages: user }, catalog);
    expect(result.ok && result.group.model.id).toBe('chat-model');
  });

  it('accepts any name under a wildcard route', () => {
    expect(validateChat({ model: 'openai/gpt-4.1', messages: user }, catalog).ok).toBe(true);
  });

  it('rejects an unknown model as the proxy words it', () => {
    const { status, error } = failure({ model: 'nope', messages: user });
    expect(status).toBe(400);
    expect(error['message']).toBe('/chat/completions: Invalid model name passed in model=nope. Call `/v1/models` to view available models for your key.');
    expect(error).toMatchObject({ type: 'None', param: 'None', code: '400' });
  });

  it('rejects a missing model as an invalid model name', () => {
    expect(failure({ messages: user }).error['message']).toContain('model=.');
  });

  it('rejects a model whose mode is not chat', () => {
    const { status, error } = failure({ model: 'embed', messages: user });
    expect(status).toBe(400);
    expect(error['message']).toContain('embedding model');
  });

  it("fails without messages the way LiteLLM 1.83 does: a 500 from its router's own call", () => {
    expect(failure({ model: 'chat-model' })).toEqual({
      status: 500,
      error: { message: "Router.acompletion() missing 1 required positional argument: 'messages'", type: 'None', param: 'None', code: '500' },
    });
  });

  it('rejects empty and malformed messages', () => {
    expect(failure({ model: 'chat-model', messages: [] }).error['message']).toContain("[] is too short - 'messages'");
    expect(failure({ model: 'chat-model', messages: 'hi' }).status).toBe(400);
  });

  it('rejects a body that is not an object', () => {
    expect(failure([1, 2]).status).toBe(400);
  });

  it('rejects malformed fields naming their paths', () => {
    expect(failure({ model: 'chat-model', messages: [{ content: 'no role' }] }).error['param']).toBe('messages.0.role');
  });

  it('rejects a tool message that answers no earlier tool call, in OpenAI wording', () => {
    const messages = [...user, { role: 'tool', tool_call_id: 'call_9', content: '1' }];
    const { error } = failure({ model: 'chat-model', messages });
    expect(error['message']).toContain("Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.");
    expect(error['param']).toBe('messages.[1].role');
  });

  it('accepts a tool message that answers an earlier tool call', () => {
    const messages = [
      ...user,
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '1' },
    ];
    expect(validateChat({ model: 'chat-model', messages }, catalog).ok).toBe(true);
  });
});

describe('chat request checks over HTTP', () => {
  const simulator = useSimulator();
  type ErrorBody = { error: { message: string; type: string | null; param: string | null; code: string } };
  const error = async (response: Response) => ((await response.json()) as ErrorBody).error;

  it('refuses an unknown model with the proxy wording and the gateway call id', async () => {
    const response = await chat(simulator(), { model: 'gpt-5-imaginary', messages: userSays('q') });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-litellm-call-id')).toBeTruthy();
    expect(await error(response)).toMatchObject({
      message: '/chat/completions: Invalid model name passed in model=gpt-5-imaginary. Call `/v1/models` to view available models for your key.',
      type: 'None',
      param: 'None',
      code: '400',
    });
  });

  it('refuses chat with an embedding model', async () => {
    const response = await chat(simulator(), { model: 'text-embedding-3-small', messages: userSays('q') });
    expect(response.status).toBe(400);
  });

  it('fails missing messages with a 500 and refuses empty ones with a 400', async () => {
    expect((await chat(simulator(), { model: 'gpt-4o-mini' })).status).toBe(500);
    expect((await chat(simulator(), { model: 'gpt-4o-mini', messages: [] })).status).toBe(400);
  });

  it('refuses a tool result that answers no tool call', async () => {
    const messages = [...userSays('q'), { role: 'tool', tool_call_id: 'call_404', content: '1' }];
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages });
    expect(response.status).toBe(400);
    expect((await error(response)).message).toContain("messages with role 'tool' must be a response to a preceeding message with 'tool_calls'");
  });

  it('refuses a body that is not JSON, before giving the call an id', async () => {
    const response = await fetch(`${simulator().url}/v1/chat/completions`, { method: 'POST', body: '{"model": ' });
    expect(response.status).toBe(400);
    expect([...response.headers.keys()].filter((name) => name.startsWith('x-litellm'))).toEqual([]);
    expect(await error(response)).toMatchObject({
      message: expect.stringMatching(/^Invalid JSON payload: /),
      type: 'invalid_request_error',
      param: 'request_body',
      code: '400',
    });
  });

  it('does not record or consume queued steps for a refused request', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'kept' });
    await chat(simulator(), { model: 'gpt-4o-mini', messages: [] });
    expect(simulator().chatRequests).toHaveLength(0);
    const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(body.choices[0]?.message.content).toBe('kept');
  });
});
