import { type ChatResult, type ChatStream } from '@modelgate/provider-contracts';
import { formatToolCall, formatToolResult } from './summary';
import { type Paint } from './terminal';

/** Marks reasoning, which is dimmed at a terminal but must read apart from the answer in a pipe too. */
export const REASONING_LABEL = 'thinking: ';

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
  /** Starts a fresh line, then writes `text` as a line of its own (nothing more when it is empty). */
  const line = (text: string) => {
    if (!atLineStart) write('\n');
    if (text !== '') write(`${text}\n`);
  };
  for await (const event of stream) {
    switch (event.type) {
      case 'text-delta':
        if (last === 'reasoning') write('\n\n');
        write(event.delta);
        last = 'text';
        break;
      case 'reasoning-delta':
        if (last !== 'reasoning') line('');
        write(paint.dim(last === 'reasoning' ? event.delta : `${REASONING_LABEL}${event.delta}`));
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
