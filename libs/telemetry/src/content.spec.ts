import { inputMessages, outputMessages } from './content';

describe('content as the conventions message shape', () => {
  it('maps every role to role and parts, naming images by kind only', () => {
    const text = inputMessages([
      { role: 'system', content: 'be brief' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'what is this?' },
          { type: 'image', source: { kind: 'url', url: 'https://example.com/cat.png' } },
        ],
      },
      { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'look', arguments: '{}' }] },
      { role: 'tool', toolCallId: 'call_1', content: 'a cat' },
    ]);
    expect(JSON.parse(text)).toEqual([
      { role: 'system', parts: [{ type: 'text', content: 'be brief' }] },
      { role: 'user', parts: [{ type: 'text', content: 'what is this?' }, { type: 'image' }] },
      { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'look', arguments: '{}' }] },
      { role: 'tool', parts: [{ type: 'tool_call_response', id: 'call_1', response: 'a cat' }] },
    ]);
    expect(text).not.toContain('cat.png');
  });

  it('gives the answer with its raw finish reason, or the unified one when the server sent none', () => {
    expect(JSON.parse(outputMessages({ content: 'hi', finishReason: { unified: 'stop', raw: 'end_turn' } }))).toEqual([
      { role: 'assistant', parts: [{ type: 'text', content: 'hi' }], finish_reason: 'end_turn' },
    ]);
    expect(JSON.parse(outputMessages({ content: '', finishReason: { unified: 'length', raw: null } }))).toEqual([
      { role: 'assistant', parts: [], finish_reason: 'length' },
    ]);
  });
});
