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
};

describe('completionBody', () => {
  it('is a chat.completion with LiteLLM explicit nulls for unused tool fields', () => {
    expect(completionBody(base)).toEqual({
      id: 'chatcmpl-1',
      created: 7,
      model: 'gpt-4o-mini',
      object: 'chat.completion',
      system_fingerprint: null,
      choices: [{ finish_reason: 'stop', index: 0, message: { content: 'hello', role: 'assistant', tool_calls: null, function_call: null } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  });

  it('carries tool calls in the OpenAI shape', () => {
    const body = completionBody({ ...base, text: null, toolCalls: [{ id: 'call_1', name: 'f', arguments: '{}' }], finishReason: 'tool_calls' });
    const message = (body['choices'] as { message: Record<string, unknown> }[])[0]!.message;
    expect(message['tool_calls']).toEqual([{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }]);
    expect(message['content']).toBeNull();
  });

  it('leaves the id out of a tool call that has none', () => {
    const body = completionBody({ ...base, toolCalls: [{ id: null, name: 'f', arguments: '{}' }] });
    const message = (body['choices'] as { message: { tool_calls: Record<string, unknown>[] } }[])[0]!.message;
    expect('id' in message.tool_calls[0]!).toBe(false);
  });

  it('sends reasoning as reasoning_content', () => {
    const body = completionBody({ ...base, reasoning: 'because' });
    expect(JSON.stringify(body)).toContain('"reasoning_content":"because"');
  });

  it('leaves usage out when there is none', () => {
    expect('usage' in completionBody({ ...base, usage: null })).toBe(false);
  });
});

describe('truncatedJson', () => {
  it('is the start of the JSON text and does not parse', () => {
    const text = truncatedJson({ a: 'some long value', b: [1, 2, 3] });
    expect(JSON.stringify({ a: 'some long value', b: [1, 2, 3] }).startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });
});
