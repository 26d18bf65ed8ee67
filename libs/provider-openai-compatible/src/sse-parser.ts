/**
 * A lean Server-Sent Events reader that keeps only what chat completions use: the `data` of each event.
 * The SDK's own `Stream` costs several times a raw read on long streams; this does one `indexOf` scan per
 * line and no per-event objects beyond the data string. Comments (`: keep-alive`), `id:` and `retry:`
 * fields are skipped; line ends may be LF, CRLF or a lone CR, split anywhere between chunks; data lines of
 * one event are joined with LF. Of event types only `error` matters (a server's way to fail a 200 stream):
 * such an event comes out as an `SseErrorEvent`, every other one as its data string.
 */
export class SseParser {
  private buffer = '';
  /** A chunk ended in CR: a LF opening the next chunk belongs to that same line end. */
  private afterCR = false;
  private data: string[] = [];
  /** The event being read said `event: error`. */
  private isError = false;

  /** Feeds decoded text; returns every event completed by it, in order. */
  push(text: string): (string | SseErrorEvent)[] {
    const events: (string | SseErrorEvent)[] = [];
    if (text === '') return events;
    let chunk = text;
    if (this.afterCR && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.afterCR = false;
    const buffer = this.buffer + chunk;
    // The kept buffer holds no line end, so the scan starts where the new text begins; each kind of line
    // end is searched again only once passed, keeping a chunk of many lines linear.
    let start = 0;
    let lf = buffer.indexOf('\n', this.buffer.length);
    let cr = buffer.indexOf('\r', this.buffer.length);
    for (;;) {
      if (lf !== -1 && lf < start) lf = buffer.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = buffer.indexOf('\r', start);
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      if (end === -1) break;
      this.line(buffer.slice(start, end), events);
      if (end === cr) {
        if (end + 1 === buffer.length) {
          this.afterCR = true;
          start = end + 1;
          break;
        }
        start = buffer.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
    }
    this.buffer = buffer.slice(start);
    return events;
  }

  private line(line: string, events: (string | SseErrorEvent)[]): void {
    if (line === '') {
      if (this.data.length > 0) {
        const data = this.data.length === 1 ? this.data[0] : this.data.join('\n');
        events.push(this.isError ? new SseErrorEvent(data) : data);
        this.data = [];
      }
      this.isError = false;
      return;
    }
    if (line.startsWith('event')) {
      this.isError = line === 'event: error' || line === 'event:error';
      return;
    }
    if (!line.startsWith('data')) return;
    if (line.length === 4) {
      this.data.push('');
    } else if (line.charCodeAt(4) === 58 /* : */) {
      this.data.push(line.charCodeAt(5) === 32 /* space */ ? line.slice(6) : line.slice(5));
    }
  }
}

/** An `event: error` event, with its data as sent. */
export class SseErrorEvent {
  constructor(readonly data: string) {}
}

/**
 * Reads a response body as SSE and hands each event's data to `onData`, which returns `false` to stop
 * reading; an `event: error` event goes to `onError`, which throws. A callback rather than an async
 * iterator: a long stream pays no generator step per event.
 */
export async function readSseData(
  body: ReadableStream<Uint8Array>,
  onData: (data: string) => boolean,
  onError: (data: string) => never,
  /** Asked before each read: while it gives a promise, the body is read no further (backpressure). */
  pause?: () => Promise<void> | undefined,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  let finished = false;
  try {
    for (;;) {
      const wait = pause?.();
      if (wait) await wait;
      const { done, value } = await reader.read();
      if (done) break;
      if (!deliver(parser.push(decoder.decode(value, { stream: true })), onData, onError)) return;
    }
    finished = true;
    // An event the body cut off before its blank line is dropped, as the SSE standard says.
    deliver(parser.push(decoder.decode()), onData, onError);
  } finally {
    // Stopping early ([DONE] seen, an error thrown) releases the socket instead of draining it.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Whether reading goes on after these events. */
function deliver(events: (string | SseErrorEvent)[], onData: (data: string) => boolean, onError: (data: string) => never): boolean {
  for (const event of events) {
    if (typeof event !== 'string') onError(event.data);
    if (!onData(event)) return false;
  }
  return true;
}
