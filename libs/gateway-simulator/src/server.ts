import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type RecordedChatRequest } from './chat-request';
import { defaultSimulatedModels } from './default-models';
import { type Exchange } from './exchange';
import { flatHeaders, MAX_BODY_BYTES, readBody, sendError } from './http-io';
import { errors } from './litellm-errors';
import { ModelCatalog } from './model-catalog';
import { parseJsonOrUndefined, type RecordedRequest } from './recorder';
import { parseStrict, type Step, type Fault } from './reply';
import { dispatch } from './router';
import { DEFAULT_LITELLM_VERSION, SimulatedModel, SimulatorOptions } from './simulator-options';
import { type RouteName, SimulatorState } from './simulator-state';

export interface GatewaySimulator {
  /** 'http://127.0.0.1:<port>': no trailing slash, no /v1. */
  readonly url: string;
  readonly port: number;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Every chat request that passed the key check and validation, parsed. */
  readonly chatRequests: RecordedChatRequest[];
  /** Queues steps for the next chat requests naming `model`, ahead of the model's default reply. */
  enqueue(model: string, ...steps: Step[]): void;
  /** A fault every request to `route` gets until cleared with null. */
  setRouteFault(route: RouteName, fault: Fault | null): void;
  setModels(models: SimulatedModel[]): void;
  /**
   * Open sockets that have carried a request, idle keep-alive ones included. Sockets a client opened
   * but never used are left out: undici opens a fresh one right after an aborted fetch.
   */
  activeConnections(): number;
  /** Requests whose response has not ended yet. */
  inFlight(): number;
  /** Chat requests whose client went away before the response ended. */
  aborted(): number;
  /** Clears queues, route faults, recordings and counters. */
  reset(): void;
  /** Ends stalled responses, destroys sockets and closes the server. */
  close(): Promise<void>;
}

const CHAT_PATHS = new Set(['/v1/chat/completions', '/chat/completions']);

function splitUrl(url: string | undefined): { path: string; query: string } {
  const raw = url ?? '/';
  const mark = raw.indexOf('?');
  return mark === -1 ? { path: raw, query: '' } : { path: raw.slice(0, mark), query: raw.slice(mark + 1) };
}

/** Starts a LiteLLM-compatible proxy simulator on a loopback port (any free one by default). */
export async function startGatewaySimulator(options: SimulatorOptions = {}): Promise<GatewaySimulator> {
  const settings = parseStrict(SimulatorOptions, options, 'simulator options');
  const state = new SimulatorState({
    masterKey: settings.masterKey ?? null,
    flavor: settings.flavor ?? 'litellm',
    version: settings.version ?? DEFAULT_LITELLM_VERSION,
    models: settings.models ?? defaultSimulatedModels(),
  });
  const sockets = new Set<Socket>();
  const usedSockets = new WeakSet<Socket>();
  const inFlight = new Set<AbortController>();
  let closing: Promise<void> | null = null;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const controller = new AbortController();
    inFlight.add(controller);
    const { path, query } = splitUrl(req.url);
    const socket = req.socket;
    usedSockets.add(socket);
    let terminated = false;
    // Writes racing a departed client must never surface as unhandled errors.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    res.on('close', () => {
      inFlight.delete(controller);
      const clientLeft = !res.writableFinished && !terminated && closing === null;
      if (clientLeft && req.method === 'POST' && CHAT_PATHS.has(path)) state.abortedCount += 1;
      // An unfinished response leaves a half-open socket behind: nothing more will travel on it.
      if (!res.writableFinished) socket.destroy();
      controller.abort();
    });
    const startedAt = performance.now();
    const headers = flatHeaders(req);
    const body = await readBody(req);
    const text = body.ok ? body.text : '';
    state.recorder.request({ method: req.method ?? 'GET', path, query, headers, body: parseJsonOrUndefined(text), at: Date.now() });
    if (!body.ok) {
      if (body.reason === 'too-large') sendError(res, errors.payloadTooLarge(MAX_BODY_BYTES), { connection: 'close' });
      return;
    }
    const exchange: Exchange = {
      req,
      res,
      method: req.method ?? 'GET',
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
  }

  const server = createServer((req, res) => void serve(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = settings.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    requests: state.recorder.requests,
    chatRequests: state.recorder.chatRequests,
    enqueue: (model, ...steps) => state.enqueue(model, steps),
    setRouteFault: (route, fault) => state.setRouteFault(route, fault),
    setModels: (models) => {
      state.catalog = new ModelCatalog(models.map((model) => parseStrict(SimulatedModel, model, 'simulated model')));
    },
    activeConnections: () => [...sockets].filter((socket) => !socket.destroyed && usedSockets.has(socket)).length,
    inFlight: () => inFlight.size,
    aborted: () => state.abortedCount,
    reset: () => state.reset(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const controller of inFlight) controller.abort();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
