import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type Exchange } from './exchange';
import { flatHeaders, MAX_BODY_BYTES, readBody, sendError } from './http-io';
import { errors } from './litellm-errors';
import { parseJsonOrUndefined } from './recorder';
import { dispatch } from './router';
import { type SimulatorState } from './simulator-state';

/** What the server tracks across requests, for close() and the connection counters. */
export interface Tracking {
  inFlight: Set<AbortController>;
  usedSockets: WeakSet<Socket>;
  isClosing: () => boolean;
}

const CHAT_PATHS = new Set(['/v1/chat/completions', '/chat/completions']);

function splitUrl(url: string | undefined): { path: string; query: string } {
  const raw = url ?? '/';
  const mark = raw.indexOf('?');
  return mark === -1 ? { path: raw, query: '' } : { path: raw.slice(0, mark), query: raw.slice(mark + 1) };
}

/**
 * Handles one request: reads the body (capped), records it, dispatches it, and keeps the books on
 * clients that leave early. Nothing a client sends may throw out of here.
 */
export function createRequestHandler(state: SimulatorState, tracking: Tracking) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const controller = new AbortController();
    tracking.inFlight.add(controller);
    const { path, query } = splitUrl(req.url);
    const socket = req.socket;
    tracking.usedSockets.add(socket);
    let terminated = false;
    // Writes racing a departed client must never surface as unhandled errors.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    res.on('close', () => {
      tracking.inFlight.delete(controller);
      const clientLeft = !res.writableFinished && !terminated && !tracking.isClosing();
      if (clientLeft && req.method === 'POST' && CHAT_PATHS.has(path)) state.abortedCount += 1;
      // An unfinished response leaves a half-open socket behind: nothing more will travel on it.
      if (!res.writableFinished) socket.destroy();
      controller.abort();
    });
    const startedAt = performance.now();
    const headers = flatHeaders(req);
    const body = await readBody(req);
    const text = body.ok ? body.text : '';
    const method = req.method ?? 'GET';
    state.recorder.request({ method, path, query, headers, body: parseJsonOrUndefined(text), at: Date.now() });
    if (!body.ok) {
      if (body.reason === 'too-large') sendError(res, errors.payloadTooLarge(MAX_BODY_BYTES), { connection: 'close' });
      return;
    }
    const exchange: Exchange = {
      req,
      res,
      method,
      path,
      query: new URLSearchParams(query),
      headers,
      bodyText: text,
      startedAt,
      signal: controller.signal,
      terminate: () => {
        terminated = true;
        socket.destroy();
      },
    };
    try {
      await dispatch(exchange, state);
    } catch (error) {
      if (res.headersSent) exchange.terminate();
      else sendError(res, errors.simulatorFailure(error instanceof Error ? error.message : String(error)));
    }
  };
}
