import { randomUUID } from 'node:crypto';
import { base64Vector, embeddingFor } from './embedding-vectors';
import { type Exchange } from './exchange';
import { errorForFault } from './faults';
import { errorHeaders, type GatewayHeaderContext, gatewayHeaders } from './gateway-headers';
import { sendError, sendJson, sleep } from './http-io';
import { type ErrorAnswer, errors } from './litellm-errors';
import { type ModelCatalog, type ModelGroup } from './model-catalog';
import { type Fault, isFault, type Reply, type Step } from './reply';
import { applyRouteFault } from './route-fault';
import { type SimulatorState } from './simulator-state';
import { costFromUsage, estimateTokens, type WireUsage } from './usage';

/** Vector length of a model that states none (`output_vector_size`) when the request asks for none. */
const DEFAULT_DIMENSIONS = 16;

/**
 * LiteLLM's embedding route calls its upstream through the Python openai client with that client's own two
 * retries of a 408, 429 or 5xx, honouring `retry-after`, whatever the router's `num_retries` (seen on 1.83.14
 * and 1.108.7, tools/conformance FINDINGS.md); chat makes one call. vLLM is the upstream itself: no retries.
 */
const PROXY_UPSTREAM_RETRIES = 2;
const UPSTREAM_FAULTS: ReadonlySet<Fault['fault']> = new Set(['rate-limit', 'request-timeout', 'server-error', 'unavailable']);

/** The step that answers the call: the proxy retries an upstream failure on its own before passing it on. */
async function answeringStep(state: SimulatorState, call: EmbeddingCall, signal: AbortSignal): Promise<Step | undefined> {
  const retries = state.flavor === 'litellm' ? PROXY_UPSTREAM_RETRIES : 0;
  for (let attempt = 0; ; attempt++) {
    const step = state.routeFault('embeddings') ?? state.takeStep([call.model, call.group.model.id]) ?? call.group.model.fault;
    if (step === undefined || !isFault(step) || !UPSTREAM_FAULTS.has(step.fault) || attempt === retries) return step;
    const waitSeconds = step.fault === 'rate-limit' ? (step.retryAfterSeconds ?? 0) : 0;
    if (!(await sleep(waitSeconds * 1000, signal))) return step;
  }
}

interface EmbeddingCall {
  group: ModelGroup;
  model: string;
  /** Each input as text (a token array as its JSON), with its token count. */
  inputs: { text: string; tokens: number }[];
  dimensions: number;
  base64: boolean;
}

function isTokenArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => Number.isInteger(item));
}

/** One input: a non-empty text, or a token array (counted as its length). */
function readInput(value: unknown): { text: string; tokens: number } | null {
  if (typeof value === 'string') return value === '' ? null : { text: value, tokens: Math.max(1, estimateTokens(value)) };
  return isTokenArray(value) ? { text: JSON.stringify(value), tokens: value.length } : null;
}

function readInputs(input: unknown): { text: string; tokens: number }[] | null {
  const list = Array.isArray(input) && !isTokenArray(input) ? input : [input];
  if (list.length === 0) return null;
  const read = list.map(readInput);
  return read.every((item) => item !== null) ? (read as { text: string; tokens: number }[]) : null;
}

function vectorLength(group: ModelGroup, asked: unknown): number | null {
  if (asked === undefined || asked === null) {
    const stated = group.model.modelInfo?.['output_vector_size'];
    return typeof stated === 'number' && Number.isInteger(stated) && stated > 0 ? stated : DEFAULT_DIMENSIONS;
  }
  return typeof asked === 'number' && Number.isInteger(asked) && asked > 0 && asked <= 8192 ? asked : null;
}

/** The checks the proxy and an OpenAI-compatible upstream make before embedding, in LiteLLM's wording. */
function validateEmbedding(parsed: unknown, catalog: ModelCatalog): { ok: true; call: EmbeddingCall } | { ok: false; error: ErrorAnswer } {
  const fail = (error: ErrorAnswer) => ({ ok: false as const, error });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail(errors.badRequest('OpenAIException - The request body must be a JSON object.'));
  }
  const raw = parsed as Record<string, unknown>;
  const model = typeof raw['model'] === 'string' ? raw['model'] : '';
  const group = model === '' ? null : catalog.resolve(model);
  if (group === null) return fail(errors.invalidModel(model, '/embeddings'));
  const mode = catalog.mode(group);
  if (mode !== 'embedding') return fail(errors.notEmbeddingModel(model, mode));
  const inputs = readInputs(raw['input']);
  if (inputs === null) return fail(errors.badRequest("OpenAIException - '$.input' is invalid.", 'input'));
  const dimensions = vectorLength(group, raw['dimensions']);
  if (dimensions === null) return fail(errors.badRequest('OpenAIException - Invalid dimensions.', 'dimensions'));
  const format = raw['encoding_format'] ?? 'float';
  if (format !== 'float' && format !== 'base64') {
    return fail(errors.badRequest("OpenAIException - Invalid value for 'encoding_format'.", 'encoding_format'));
  }
  return { ok: true, call: { group, model, inputs, dimensions, base64: format === 'base64' } };
}

function answerBody(call: EmbeddingCall, upstreamModel: string, usage: WireUsage): Record<string, unknown> {
  return {
    object: 'list',
    data: call.inputs.map(({ text }, index) => {
      const vector = embeddingFor(text, call.dimensions);
      return { object: 'embedding', index, embedding: call.base64 ? base64Vector(vector) : vector };
    }),
    model: upstreamModel,
    usage,
  };
}

/**
 * `POST /v1/embeddings`: validate, pick the scripted step (a route fault, a queued fault or reply, the model's
 * fault), answer with a deterministic vector per input (`embeddingFor`), float or base64 as asked, usage
 * from the inputs' token estimates, and LiteLLM's headers with the cost from the input price.
 */
export async function handleEmbeddings(exchange: Exchange, state: SimulatorState): Promise<void> {
  const base: GatewayHeaderContext = { flavor: state.flavor, version: state.version, callId: randomUUID(), startedAt: exchange.startedAt };
  let json: unknown;
  try {
    json = JSON.parse(exchange.bodyText);
  } catch (error) {
    sendError(exchange.res, errors.invalidJson(error instanceof Error ? error.message : 'unparseable body'));
    return;
  }
  const validated = validateEmbedding(json, state.catalog);
  if (!validated.ok) {
    sendError(exchange.res, validated.error, errorHeaders(base, false));
    return;
  }
  const { call } = validated;
  const modelId = state.catalog.nextDeployment(call.group);
  const context: GatewayHeaderContext = { ...base, modelId, modelGroup: call.group.model.id, apiBase: state.catalog.apiBase(call.group) };
  const step = await answeringStep(state, call, exchange.signal);
  const prompt = call.inputs.reduce((sum, input) => sum + input.tokens, 0);
  const usage: WireUsage = { prompt_tokens: prompt, completion_tokens: 0, total_tokens: prompt };
  const body = () => answerBody(call, state.catalog.upstreamModel(call.group, call.model), usage);
  if (step !== undefined && isFault(step)) {
    const retryAfterHeader = state.release.retryAfterAsUpstreamCopy ? 'llm_provider-retry-after' : 'retry-after';
    const failure = errorForFault(step, { model: call.model, deploymentId: modelId, retryAfterHeader });
    if (failure !== null && state.flavor === 'litellm' && !state.release.embeddingRetryAfter) delete failure.headers;
    if (failure !== null) sendError(exchange.res, failure, errorHeaders(context, step.fault !== 'invalid-model'));
    else await applyRouteFault(exchange, step, body());
    return;
  }
  const reply: Reply = step ?? {};
  if (!(await sleep(reply.delayMs ?? 0, exchange.signal))) return;
  const wireUsage: WireUsage = { ...usage, ...reply.usage };
  const cost = reply.costHeaderUsd === undefined ? costFromUsage(wireUsage, state.catalog.prices(call.group)) : reply.costHeaderUsd;
  const headers = { ...gatewayHeaders({ ...context, scriptedDelayMs: reply.delayMs ?? 0 }, { kind: 'json', costUsd: cost }), ...reply.headers };
  sendJson(exchange.res, 200, reply.usage === null ? { ...body(), usage: undefined } : { ...body(), usage: wireUsage }, headers);
}
