import { type ChatMessage } from '@modelgate/provider-contracts';
import { createFormatContext } from './format-context';
import { linkToolCalls } from './tool-call-links';
import { caught, TOOL_ROUND_TRIP } from './test-support/fixtures';

const context = createFormatContext('google', {});

describe('linkToolCalls', () => {
  it('maps every assistant tool call id to its tool name', () => {
    expect(Object.fromEntries(linkToolCalls(TOOL_ROUND_TRIP, context))).toEqual({ call_1: 'get_weather', call_2: 'get_time' });
  });

  it('refuses a tool result that answers no tool call, naming the message', () => {
    const messages: ChatMessage[] = [...TOOL_ROUND_TRIP, { role: 'tool', toolCallId: 'call_9', content: 'x' }];
    const error = caught(() => linkToolCalls(messages, context));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('messages[6]: the tool result answers no earlier assistant tool call');
  });

  it('refuses a tool result placed before the call it answers', () => {
    const messages: ChatMessage[] = [
      { role: 'tool', toolCallId: 'call_1', content: 'early' },
      { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'f', arguments: '{}' }] },
    ];
    expect(caught(() => linkToolCalls(messages, context)).message).toMatch(/^messages\[0\]: /);
  });
});
