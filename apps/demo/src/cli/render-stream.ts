import { type ChatResult, type ChatStream } from '@modelgate/provider-contracts';
import { formatToolCall, formatToolResult } from './summary';
import { type Paint } from './terminal';

/**
 * Prints a streamed chat as it arrives: text as it comes, reasoning dimmed, tool calls and their results on
 * lines of their own. Resolves with the final result.
 */
export async function renderStream(stream: ChatStream, out: NodeJS.WritableStream, paint: Paint): Promise<ChatResult> {
  let atLineStart = true;
  let last: 'text' | 'reasoning' | 'other' = 'other';
  const write = (text: string) => {
    if (text === '') return;
    out.write(text);
    atLineStart = text.endsWith('\n');
  };
  const line = (text: string) => {
    if (!atLineStart) write('\n');
    write(`${text}\n`);
  };
  for await (const event of stream) {
    switch (event.type) {
      case 'text-delta':
        if (last === 'reasoning') line('');
        write(event.delta);
        last = 'text';
        break;
      case 'reasoning-delta':
        write(paint.dim(event.delta));
        last = 'reasoning';
        break;
      case 'tool-call':
        line(formatToolCall(event.name, event.arguments, paint));
        last = 'other';
        break;
      case 'tool-result':
        line(formatToolResult(event, paint));
        last = 'other';
        break;
      case 'finish':
        if (!atLineStart) write('\n');
        return event.result;
      default:
        break;
    }
  }
  return stream.result;
}
