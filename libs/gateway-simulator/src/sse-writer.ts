import { type Exchange } from './exchange';
import { sleep, untilAborted, withoutEmpty, writeFlushed } from './http-io';

/** How a stream ends after its first `after` chunks. */
export type StreamEnding =
  | { kind: 'done' }
  | { kind: 'cut'; after: number }
  | { kind: 'stall'; after: number }
  /** `frame` is the error frame's JSON text, written as it is. */
  | { kind: 'error'; after: number; frame: string }
  | { kind: 'malformed'; after: number };

export const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

function frame(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/** Writes the SSE answer frame by frame, then ends it as scripted: [DONE], a cut, a stall or an error frame. */
export async function writeSse(
  exchange: Exchange,
  headers: Record<string, string>,
  chunks: readonly unknown[],
  ending: StreamEnding,
  chunkDelayMs: number,
): Promise<void> {
  const { res, signal } = exchange;
  res.writeHead(200, { ...SSE_HEADERS, ...withoutEmpty(headers) });
  res.flushHeaders();
  const limit = ending.kind === 'done' ? chunks.length : Math.min(ending.after, chunks.length);
  for (let index = 0; index < limit; index += 1) {
    if (index > 0 && !(await sleep(chunkDelayMs, signal))) return;
    if (signal.aborted) return;
    await writeFlushed(res, frame(chunks[index]), signal);
  }
  switch (ending.kind) {
    case 'done':
      res.end(frame('[DONE]'));
      return;
    case 'cut':
      // No [DONE], no terminating chunk: the socket just goes away.
      exchange.terminate();
      return;
    case 'stall':
      await untilAborted(signal);
      exchange.terminate();
      return;
    case 'error':
      // LiteLLM's mid-stream failure: an error object in a data frame on a 200 stream, then the end, no [DONE].
      res.end(frame(ending.frame));
      return;
    case 'malformed':
      res.write('data: {"id":"chatcmpl-malformed","object":"chat.completion.chunk","choices":[{"delta":{"content":"\n\n');
      res.end(frame('[DONE]'));
      return;
  }
}
