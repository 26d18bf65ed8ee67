import { type ChatMessage } from '@modelgate/provider-contracts';
import { createFormatContext } from './format-context';
import { checkToolCallLinks } from './tool-call-links';
import { TOOL_ROUND_TRIP } from './test-support/fixtures';
import { thrown } from '@modelgate/testing';

const context = createFormatContext('openai-compatible', {});

describe('checkToolCallLinks', () => {
  it('accepts tool results that answer earlier calls', () => {
    expect(() => checkToolCallLinks(TOOL_ROUND_TRIP, context)).not.toThrow();
  });

  it('refuses a tool result that answers no tool call, naming the message', () => {
    const messages: ChatMessage[] = [...TOOL_ROUND_TRIP, { role: 'tool', toolCallId: 'call_9', content: 'x' }];
    const error = thrown(() => checkToolCallLinks(messages, context));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('messages[6]: the tool result answers no earlier assistant tool call');
  });

  it('refuses a tool result placed before the call it answers', () => {
    const messages: ChatMessage[] = [
      { role: 'tool', toolCallId: 'call_1', content: 'early' },
      { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'f', arguments: '{}' }] },
    ];
    expect(thrown(() => checkToolCallLinks(messages, context)).message).toMatch(/^messages\[0\]: /);
  });
});
