import { checkAuth, presentedKey } from './auth';
import { handleChat } from './chat-route';
import { handleEmbeddings } from './embedding-route';
import { type Exchange } from './exchange';
import { sendError, sendJson, sendText } from './http-io';
import { errors } from './litellm-errors';
import { modelEntry, modelGroupInfo, modelInfo, modelList, readiness } from './models-routes';
import { applyRouteFault } from './route-fault';
import { type RouteName, type SimulatorState } from './simulator-state';

type Route = {
  method: 'GET' | 'POST';
  matches: (path: string) => boolean;
  /** Probes answer without a key, like the proxy's public routes. */
  public?: boolean;
  /** Which flavors serve the route; both when absent. */
  flavor?: 'litellm' | 'vllm';
  /** The route's persistent fault, applied in place of the answer. */
  fault?: RouteName;
} & (
  | { answer: (exchange: Exchange, state: SimulatorState) => unknown }
  | { handle: (exchange: Exchange, state: SimulatorState) => Promise<void> }
);

const is =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);

const MODEL_PATH = /^\/(?:v1\/)?models\/(.+)$/;

/**
 * A listing as the presenting key sees it: a virtual key with a model list sees only those models, on
 * `/v1/models`, `/model/info` and `/model_group/info` alike; the master key sees them all.
 */
function visible(exchange: Exchange, state: SimulatorState, body: Record<string, unknown>, name: string): Record<string, unknown> {
  const key = presentedKey(exchange.headers);
  const data = body['data'] as Record<string, unknown>[];
  return { ...body, data: data.filter((entry) => state.keys.allows(key, String(entry[name]))) };
}

const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    matches: is('/v1/models', '/models'),
    fault: 'models',
    answer: (exchange, s) => visible(exchange, s, modelList(s.catalog, s.flavor), 'id'),
  },
  { method: 'GET', matches: (path) => MODEL_PATH.test(path), handle: async (exchange, s) => answerModelEntry(exchange, s) },
  {
    method: 'GET',
    matches: is('/model/info', '/v1/model/info'),
    flavor: 'litellm',
    fault: 'model-info',
    answer: (exchange, s) => visible(exchange, s, modelInfo(s.catalog), 'model_name'),
  },
  {
    method: 'GET',
    matches: is('/model_group/info'),
    flavor: 'litellm',
    answer: (exchange, s) => visible(exchange, s, modelGroupInfo(s.catalog, exchange.query.get('model_group')), 'model_group'),
  },
  { method: 'GET', matches: is('/health/liveliness', '/health/liveness'), flavor: 'litellm', public: true, answer: () => "I'm alive!" },
  {
    method: 'GET',
    matches: is('/health/readiness'),
    flavor: 'litellm',
    public: true,
    fault: 'readiness',
    answer: (_, s) => readiness(s.version, s.release.readinessDetails),
  },
  { method: 'GET', matches: is('/health'), flavor: 'vllm', public: true, answer: () => '' },
  // Chat reads its own route fault, after validating the request like the proxy does.
  { method: 'POST', matches: is('/v1/chat/completions', '/chat/completions'), handle: handleChat },
  // So do embeddings.
  { method: 'POST', matches: is('/v1/embeddings', '/embeddings'), handle: handleEmbeddings },
];

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function notFound(exchange: Exchange, state: SimulatorState): void {
  // vLLM is a plain FastAPI app: its 404 is FastAPI's, not LiteLLM's error object.
  if (state.flavor === 'vllm') sendJson(exchange.res, 404, { detail: 'Not Found' });
  else sendError(exchange.res, errors.notFound());
}

/** `GET /v1/models/{id}`: the entry, or LiteLLM's FastAPI-shaped 404 naming the model (no error envelope). */
function answerModelEntry(exchange: Exchange, state: SimulatorState): void {
  const id = decodeURIComponentSafe(MODEL_PATH.exec(exchange.path)?.[1] ?? '');
  const entry = state.keys.allows(presentedKey(exchange.headers), id) ? modelEntry(state.catalog, state.flavor, id) : null;
  if (entry !== null) return sendJson(exchange.res, 200, entry);
  if (state.flavor === 'vllm') return notFound(exchange, state);
  sendJson(exchange.res, 404, { detail: `The model \`${id}\` does not exist or is not accessible` });
}

/** Finds the route, checks the key, applies a route fault, and answers. */
export async function dispatch(exchange: Exchange, state: SimulatorState): Promise<void> {
  const candidates = ROUTES.filter(
    (route) => route.matches(exchange.path) && (route.flavor === undefined || route.flavor === state.flavor),
  );
  if (candidates.length === 0) return notFound(exchange, state);
  const route = candidates.find((candidate) => candidate.method === exchange.method);
  if (route === undefined) return sendError(exchange.res, errors.methodNotAllowed());
  const denied = route.public ? null : checkAuth(exchange.headers, state.keyCheck);
  if (denied !== null) return sendError(exchange.res, denied);
  if ('handle' in route) return route.handle(exchange, state);
  const body = route.answer(exchange, state);
  if (body === null) return notFound(exchange, state);
  const fault = route.fault === undefined ? undefined : state.routeFault(route.fault);
  if (fault !== undefined) return applyRouteFault(exchange, fault, body);
  if (body === '') return sendText(exchange.res, 200, '', {});
  sendJson(exchange.res, 200, body);
}
