/** One server-sent event: its `event:` name (`message` when absent) and its `data:` lines joined. */
export interface SseFrame {
  event: string;
  data: string;
}

/** A frame for the wire. JSON has no raw newlines, so the data fits one `data:` line. */
export function formatSseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Turns text chunks, cut anywhere, into frames (the WHATWG event-stream rules that matter here: CRLF, LF
 * or CR line ends, comments, multi-line data, one optional space after the colon).
 */
export class SseDecoder {
  private buffer = '';
  private event = '';
  private data: string[] = [];

  push(chunk: string): SseFrame[] {
    this.buffer += chunk;
    const frames: SseFrame[] = [];
    for (;;) {
      const match = /\r\n|\n|\r/.exec(this.buffer);
      // A CR at the very end may be the first half of a CRLF cut by the chunk boundary: wait for more.
      if (!match || (match[0] === '\r' && match.index === this.buffer.length - 1)) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const frame = this.readLine(line);
      if (frame) frames.push(frame);
    }
    return frames;
  }

  /** At the end of the stream a trailing CR is a line end after all; an unfinished frame is dropped. */
  end(): SseFrame[] {
    const rest = this.buffer.endsWith('\r') ? this.buffer.slice(0, -1) : null;
    this.buffer = '';
    const frame = rest === null ? null : this.readLine(rest);
    return frame ? [frame] : [];
  }

  private readLine(line: string): SseFrame | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    return null;
  }

  private dispatch(): SseFrame | null {
    const frame = this.data.length > 0 ? { event: this.event || 'message', data: this.data.join('\n') } : null;
    this.event = '';
    this.data = [];
    return frame;
  }
}

/** All frames of a complete body. */
export function parseSse(text: string): SseFrame[] {
  const decoder = new SseDecoder();
  return [...decoder.push(text), ...decoder.end()];
}
