import { connect } from 'node:net';

/** A hang guard only: every exchange here ends on the server's side well before it. */
const LIMIT_MS = 5000;

export interface RawAnswer {
  /** Everything the server sent, as text. */
  text: string;
  /** The status of the first response line, or null when none came. */
  status: number | null;
}

/**
 * Writes raw bytes to a loopback port, chunk by chunk (each flushed before the next, so the server sees the
 * cuts), and collects the answer until the server closes. Bytes no HTTP client would send are the point.
 * With `hangUp` the client closes its side after the last chunk, as one that gave up would. A server that
 * never closes is cut off after `LIMIT_MS`, which the caller sees as a missing status.
 */
export function rawExchange(port: number, chunks: readonly (string | Uint8Array)[], options: { hangUp?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), LIMIT_MS);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    // A server may reset the connection once it has answered (a refused upload): the answer still counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ text, status: status ? Number(status[1]) : null });
    });
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        await new Promise<void>((written) => socket.write(chunk, () => written()));
      }
      if (options.hangUp && !socket.destroyed) socket.end();
    });
  });
}

/** The JSON body of a raw answer (after the blank line), parsed; null when there is none. */
export function rawJsonBody(answer: RawAnswer): unknown {
  const start = answer.text.indexOf('\r\n\r\n');
  if (start === -1) return null;
  const body = answer.text.slice(start + 4);
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
