import { type ChatMessage, type ChatResult, type ContentPart } from '@modelgate/provider-contracts';

// The conventions' message shape (`gen_ai.input.messages` / `gen_ai.output.messages`): a role and parts.
type Part =
  | { type: 'text'; content: string }
  | { type: 'tool_call'; id: string; name: string; arguments: string }
  | { type: 'tool_call_response'; id: string; response: string }
  | { type: string };

function contentParts(content: string | readonly ContentPart[] | null): Part[] {
  if (content === null) return [];
  if (typeof content === 'string') return [{ type: 'text', content }];
  // Images and files are named by their kind only: their bytes have no place on a span.
  return content.map((part): Part => (part.type === 'text' ? { type: 'text', content: part.text } : { type: part.type }));
}

function messageParts(message: ChatMessage): Part[] {
  switch (message.role) {
    case 'system':
    case 'user':
      return contentParts(message.content);
    case 'assistant':
      return [
        ...contentParts(message.content),
        ...(message.toolCalls ?? []).map(({ id, name, arguments: args }): Part => ({ type: 'tool_call', id, name, arguments: args })),
      ];
    case 'tool':
      return [{ type: 'tool_call_response', id: message.toolCallId, response: message.content }];
  }
}

/** The request's messages as `gen_ai.input.messages` text; only written when content recording is on. */
export function inputMessages(messages: readonly ChatMessage[]): string {
  return JSON.stringify(messages.map((message) => ({ role: message.role, parts: messageParts(message) })));
}

/** The answer as `gen_ai.output.messages` text. */
export function outputMessages(result: Pick<ChatResult, 'content' | 'finishReason'>): string {
  const parts = result.content === '' ? [] : [{ type: 'text', content: result.content }];
  return JSON.stringify([{ role: 'assistant', parts, finish_reason: result.finishReason.raw ?? result.finishReason.unified }]);
}
