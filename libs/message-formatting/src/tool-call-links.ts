import { type ChatMessage } from '@modelgate/provider-contracts';
import { badRequest, type FormatContext, messagePath } from './format-context';

/** Checks that every tool message answers a call made before it: providers refuse an orphaned result. */
export function checkToolCallLinks(messages: readonly ChatMessage[], context: FormatContext): void {
  const callIds = new Set<string>();
  messages.forEach((message, index) => {
    if (message.role === 'assistant') {
      for (const call of message.toolCalls ?? []) callIds.add(call.id);
    } else if (message.role === 'tool' && !callIds.has(message.toolCallId)) {
      throw badRequest(context, `${messagePath([index])}: the tool result answers no earlier assistant tool call`);
    }
  });
}
