import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';
import { formatToolCall, formatToolResult } from './summary';
import { type Paint } from './terminal';

/** Marks reasoning, which is dimmed at a terminal but must read apart from the answer in a pipe too. */
export const REASONING_LABEL = 'thinking: ';

/** Writes events to a terminal, keeping track of where the cursor is so each kind starts where it should. */
class StreamPrinter {
  private atLineStart = true;
  private last: 'text' | 'reasoning' | 'other' = 'other';

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly paint: Paint,
  ) {}

  print(event: StreamEvent): void {
    switch (event.type) {
      case 'text-delta':
        if (this.last === 'reasoning') this.write('\n\n');
        this.write(event.delta);
        this.last = 'text';
        return;
      case 'reasoning-delta':
        if (this.last !== 'reasoning') this.endLine();
        this.write(this.paint.dim(this.last === 'reasoning' ? event.delta : `${REASONING_LABEL}${event.delta}`));
        this.last = 'reasoning';
        return;
      case 'tool-call':
        this.line(formatToolCall(event.name, event.arguments, this.paint));
        return;
      case 'tool-result':
        this.line(formatToolResult(event, this.paint));
        return;
      default:
        return;
    }
  }

  /** Ends a partial line, if any. */
  endLine(): void {
    if (!this.atLineStart) this.write('\n');
  }

  private line(text: string): void {
    this.endLine();
    this.write(`${text}\n`);
    this.last = 'other';
  }

  private write(text: string): void {
    if (text === '') return;
    this.out.write(text);
    this.atLineStart = text.endsWith('\n');
  }
}

/**
 * Prints a streamed chat as it arrives: text as it comes, reasoning labelled (and dimmed at a terminal), tool
 * calls and their results on lines of their own. Resolves with the final result.
 */
export async function renderStream(stream: ChatStream, out: NodeJS.WritableStream, paint: Paint): Promise<ChatResult> {
  const printer = new StreamPrinter(out, paint);
  try {
    for await (const event of stream) {
      if (event.type === 'finish') {
        printer.endLine();
        return event.result;
      }
      printer.print(event);
    }
    return await stream.result;
  } catch (error) {
    // The one-line error goes to stderr: end the partial answer's line so it starts a line of its own.
    printer.endLine();
    throw error;
  }
}
