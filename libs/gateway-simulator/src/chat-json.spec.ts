import { chat, readUntilEnd, useSimulator, userSays } from './test-support/http';
import { completionBody, truncatedJson } from './chat-json';
import { type Completion } from './completion';

const base: Completion = {
  id: 'chatcmpl-1',
  created: 7,
  model: 'gpt-4o-mini',
  text: 'hello',
  reasoning: null,
  toolCalls: [],
  finishReason: 'stop',
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  logprobs: null,
};

describe('completionBody', () => {
  it('is a chat.completion without the unused fields, as LiteLLM 1.83 sends it', () => {
    expect(JSON.stringify(completionBody(base, 'litellm'))).toBe(
      '{"id":"chatcmpl-1","created":7,"model":"gpt-4o-mini","object":"chat.completion",' +
        '"choices":[{"finish_reason":"stop","index":0,"message":{"content":"hello","role":"assistant"}}],' +
        '"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}',
    );
  });

  it('writes explicit nulls for the unused fields in the vLLM flavour', () => {
    const body = completionBody(base, 'vllm');
    expect(body['system_fingerprint']).toBeNull();
    expect((body['choices'] as { message: Record<string, unknown> }[])[0]!.message).toEqual({
      content: 'hello',
      role: 'assistant',
      tool_calls: null,
      function_call: null,
    });
  });

  it('carries tool calls in the OpenAI shape', () => {
    const body = completionBody({ ...base, text: null, toolCalls: [{ id: 'call_1', name: 'f', arguments: '{}' }], finishReason: 'tool_calls' }, 'litellm');
    const message = (body['choices'] as { message: Record<string, unknown> }[])[0]!.message;
    expect(message['tool_calls']).toEqual([{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }]);
    expect(message['content']).toBeNull();
  });

  it('leaves the id out of a tool call that has none', () => {
    const body = completionBody({ ...base, toolCalls: [{ id: null, name: 'f', arguments: '{}' }] }, 'litellm');
    const message = (body['choices'] as { message: { tool_calls: Record<string, unknown>[] } }[])[0]!.message;
    expect('id' in message.tool_calls[0]!).toBe(false);
  });

  it('sends reasoning as reasoning_content', () => {
    const body = completionBody({ ...base, reasoning: 'because' }, 'litellm');
    expect(JSON.stringify(body)).toContain('"reasoning_content":"because"');
  });

  it('leaves usage out when there is none', () => {
    expect('usage' in completionBody({ ...base, usage: null }, 'litellm')).toBe(false);
  });
});

describe('truncatedJson', () => {
  it('is the start of the JSON text and does not parse', () => {
    const text = truncatedJson({ a: 'some long value', b: [1, 2, 3] });
    expect(JSON.stringify({ a: 'some long value', b: [1, 2, 3] }).startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('non-streaming answers that go wrong', () => {
  const simulator = useSimulator();
  const ask = () => chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('a question long enough to truncate') });

  it('sends a 200 whose JSON body is cut short for malformed-json', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'malformed-json' });
    const response = await ask();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.json()).rejects.toMatchObject({ name: 'SyntaxError' });
  });

  it('sends headers and half a body, then resets, for cut-stream', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'cut-stream' });
    const response = await ask();
    const { text, failed } = await readUntilEnd(response);
    expect(failed).toBe(true);
    expect(text.startsWith('{"id":"chatcmpl-')).toBe(true);
  });

  it('answers a mid-stream error on a non-streaming request as a plain 500', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'midstream-error' });
    const response = await ask();
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('500');
  });

  it('leaves tool-call ids out of the message for missing-tool-ids', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'missing-tool-ids', reply: { toolCalls: [{ name: 'f', arguments: '{}' }] } });
    const body = (await (await ask()).json()) as { choices: { message: { tool_calls: Record<string, unknown>[] } }[] };
    expect(body.choices[0]!.message.tool_calls[0]).toEqual({ type: 'function', function: { name: 'f', arguments: '{}' } });
  });

  it('answers tool-deltas-index0 normally when not streaming, the bug being stream-only', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'tool-deltas-index0', reply: { toolCalls: [{ name: 'a', arguments: '{}' }, { name: 'b', arguments: '{}' }] } });
    const body = (await (await ask()).json()) as { choices: { message: { tool_calls: { id: string }[] } }[] };
    expect(body.choices[0]!.message.tool_calls.map((call) => call.id)).toEqual(['call_1', 'call_2']);
  });
});
