import { type ChatMessage, type ProviderError } from '@modelgate/provider-contracts';
import { badRequest, type FormatContext, messagePath } from './format-context';

export function orphanedToolResult(index: number, context: FormatContext): ProviderError {
  return badRequest(context, `${messagePath([index])}: the tool result answers no earlier assistant tool call`);
}

/**
 * Maps each assistant tool call id to its tool name, and checks that every tool message answers a call made
 * before it: providers refuse an orphaned result, and Google needs the name, which a tool message lacks.
 */
export function linkToolCalls(messages: readonly ChatMessage[], context: FormatContext): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  messages.forEach((message, index) => {
    if (message.role === 'assistant') {
      for (const call of message.toolCalls ?? []) names.set(call.id, call.name);
    } else if (message.role === 'tool' && !names.has(message.toolCallId)) {
      throw orphanedToolResult(index, context);
    }
  });
  return names;
}
