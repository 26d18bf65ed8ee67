import { createServer } from 'node:http';
import { type Socket } from 'node:net';
import { type RecordedChatRequest } from './chat-request';
import { defaultSimulatedModels } from './default-models';
import { ModelCatalog } from './model-catalog';
import { type RecordedRequest } from './recorder';
import { type Fault, parseStrict, type Step } from './reply';
import { createRequestHandler } from './request-handler';
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
  /** Clears queues, route faults, recordings and counters (the keys' rpm windows included). */
  reset(): void;
  /** Ends stalled responses, destroys sockets and closes the server. */
  close(): Promise<void>;
}

/** Starts a LiteLLM-compatible proxy simulator on a loopback port (any free one by default). */
export async function startGatewaySimulator(options: SimulatorOptions = {}): Promise<GatewaySimulator> {
  const settings = parseStrict(SimulatorOptions, options, 'simulator options');
  if ((settings.keys ?? []).length > 0 && !settings.masterKey) {
    throw new TypeError('gateway simulator: virtual keys need a masterKey (a proxy without one checks no key)');
  }
  const state = new SimulatorState({
    masterKey: settings.masterKey ?? null,
    database: settings.database ?? false,
    flavor: settings.flavor ?? 'litellm',
    version: settings.version ?? settings.litellmVersion ?? DEFAULT_LITELLM_VERSION,
    litellmVersion: settings.litellmVersion ?? DEFAULT_LITELLM_VERSION,
    models: settings.models ?? defaultSimulatedModels(),
    keys: settings.keys,
  });
  const sockets = new Set<Socket>();
  const usedSockets = new WeakSet<Socket>();
  const inFlight = new Set<AbortController>();
  let closing: Promise<void> | null = null;

  const handle = createRequestHandler(state, { inFlight, usedSockets, isClosing: () => closing !== null });
  const server = createServer((req, res) => void handle(req, res));
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
