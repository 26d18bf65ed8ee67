import { type RecordedChatRequest } from './chat-request';
import { findArithmetic, scriptedReasoningReply, scriptedReply } from './scripted-brain';

const calculator = {
  type: 'function',
  function: {
    name: 'calculator',
    parameters: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
  },
};
const weather = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

function request(overrides: Partial<RecordedChatRequest>): RecordedChatRequest {
  return { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }], headers: {}, ...overrides };
}

describe('findArithmetic', () => {
  it('finds an expression and normalises its spacing', () => {
    expect(findArithmetic('What is 12*7?')).toBe('12 * 7');
    expect(findArithmetic('compute 3.5 + 2 please')).toBe('3.5 + 2');
  });

  it('reads x and × as multiplication and ÷ as division', () => {
    expect(findArithmetic('6x7')).toBe('6 * 7');
    expect(findArithmetic('6 × 7')).toBe('6 * 7');
    expect(findArithmetic('8 ÷ 2')).toBe('8 / 2');
  });

  it('finds nothing in plain words', () => {
    expect(findArithmetic('no numbers here')).toBeNull();
  });

  it('scans a megabyte of digits without backtracking forever', () => {
    expect(findArithmetic('9'.repeat(1_000_000))).toBeNull();
  });
});

describe('scriptedReply', () => {
  it('echoes the last user message', () => {
    expect(scriptedReply(request({}))).toEqual({ text: 'You said: hello' });
  });

  it('echoes the text parts of a content array', () => {
    const content = [{ type: 'text', text: 'look at' }, { type: 'image_url', image_url: { url: 'data:,' } }, { type: 'text', text: 'this' }];
    expect(scriptedReply(request({ messages: [{ role: 'user', content }] }))).toEqual({ text: 'You said: look at this' });
  });

  it('calls the calculator for arithmetic when it is offered', () => {
    const reply = scriptedReply(request({ messages: [{ role: 'user', content: 'What is 12 * 7?' }], tools: [calculator] }));
    expect(reply.toolCalls).toEqual([{ name: 'calculator', arguments: '{"expression":"12 * 7"}' }]);
  });

  it('does not call a tool when none is offered', () => {
    expect(scriptedReply(request({ messages: [{ role: 'user', content: '12 * 7' }] }))).toEqual({ text: 'You said: 12 * 7' });
  });

  it('does not call a tool when tool_choice is none', () => {
    const reply = scriptedReply(request({ messages: [{ role: 'user', content: '12 * 7' }], tools: [calculator], tool_choice: 'none' }));
    expect(reply.toolCalls).toBeUndefined();
  });

  it('answers from a tool result', () => {
    const messages = [
      { role: 'user', content: 'What is 12 * 7?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'calculator', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '84' },
    ];
    expect(scriptedReply(request({ messages, tools: [calculator] }))).toEqual({ text: 'The result is 84.' });
  });

  it('does not call the tool again once a result came back in this turn', () => {
    const messages = [
      { role: 'user', content: 'What is 12 * 7?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'calculator', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '84' },
      { role: 'assistant', content: 'The result is 84.' },
    ];
    expect(scriptedReply(request({ messages, tools: [calculator] })).toolCalls).toBeUndefined();
  });

  it('calls a tool the user names, with arguments that fit its schema', () => {
    const reply = scriptedReply(request({ messages: [{ role: 'user', content: 'Use get_weather for Paris' }], tools: [calculator, weather] }));
    expect(reply.toolCalls).toEqual([{ name: 'get_weather', arguments: '{"city":"example"}' }]);
  });

  it('calls the tool that tool_choice forces', () => {
    const reply = scriptedReply(
      request({ tools: [calculator, weather], tool_choice: { type: 'function', function: { name: 'get_weather' } } }),
    );
    expect(reply.toolCalls?.[0]?.name).toBe('get_weather');
  });

  it('calls some tool when tool_choice is required', () => {
    const reply = scriptedReply(request({ tools: [weather], tool_choice: 'required' }));
    expect(reply.toolCalls?.[0]?.name).toBe('get_weather');
  });

  it('answers a json_schema response format with an object that fits the schema', () => {
    const schema = { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city', 'temp'] };
    const reply = scriptedReply(request({ response_format: { type: 'json_schema', json_schema: { name: 'w', schema } } }));
    expect(JSON.parse(reply.text!)).toEqual({ city: 'example', temp: 1 });
  });

  it('answers a json_object response format with a JSON object', () => {
    const reply = scriptedReply(request({ response_format: { type: 'json_object' } }));
    expect(JSON.parse(reply.text!)).toEqual({ answer: 'You said: hello' });
  });

  it('is deterministic', () => {
    const input = request({ messages: [{ role: 'user', content: 'What is 2 + 2?' }], tools: [calculator] });
    expect(scriptedReply(input)).toEqual(scriptedReply(input));
  });
});

describe('scriptedReasoningReply', () => {
  it('adds reasoning to the scripted answer', () => {
    const reply = scriptedReasoningReply(request({}));
    expect(reply.text).toBe('You said: hello');
    expect(reply.reasoning).toContain('"hello"');
  });
});
