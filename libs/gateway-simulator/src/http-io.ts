import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ErrorAnswer } from './litellm-errors';

/** Bodies above this are refused with 413 and never buffered whole. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads a request body up to `limit` bytes. Past it, the rest is drained and dropped (memory stays
 * bounded and the client still gets a clean 413 rather than a reset mid-upload).
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(size > limit ? { ok: false, reason: 'too-large' } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) resolve({ ok: false, reason: 'aborted' });
    });
  });
}

/** Lower-cased header names to their (joined) values. */
export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

/** Headers with empty values left out, as the proxy does. */
export function withoutEmpty(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, withoutEmpty(headers));
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/** Sends an error answer: JSON, or a string body as it is (an HTML page from a load balancer, say). */
export function sendError(res: ServerResponse, answer: ErrorAnswer, headers: Record<string, string> = {}): void {
  const all = { ...headers, ...answer.headers };
  if (typeof answer.body === 'string') sendText(res, answer.status, answer.body, { 'content-type': 'text/plain; charset=utf-8', ...all });
  else sendJson(res, answer.status, answer.body, all);
}

/**
 * Writes and waits until the socket took the data, so a deliberate reset right after cannot drop it;
 * gives up waiting when the signal aborts (the client left or the simulator is closing).
 */
export function writeFlushed(res: ServerResponse, text: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    res.write(text, done);
  });
}

/** Resolves after `ms`, or early (false) when the signal aborts; never leaves a timer behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves once the signal aborts: how a stalled response waits for its client or for close(). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
