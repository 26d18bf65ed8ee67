import { randomUUID } from 'node:crypto';
import { presentedKey } from './auth';
import { type DeliveryFault } from './chat-answer';
import { respondJson } from './chat-json';
import { type RecordedChatRequest } from './chat-request';
import { respondStream } from './chat-sse';
import { validateChat } from './chat-validation';
import { buildCompletion } from './completion';
import { type Exchange } from './exchange';
import { errorForFault } from './faults';
import { errorHeaders, type GatewayHeaderContext } from './gateway-headers';
import { sendError, sleep, untilAborted } from './http-io';
import { errors } from './litellm-errors';
import { type ModelGroup } from './model-catalog';
import { type Fault, isFault, parseStrict, Reply, type Step } from './reply';
import { scriptedReply } from './scripted-brain';
import { type SimulatorState } from './simulator-state';

/** The model's own answer when nothing is queued: its scripted reply, or the scripted brain. */
function defaultReply(group: ModelGroup, request: RecordedChatRequest): Reply {
  const reply = group.model.reply ?? scriptedReply;
  return typeof reply === 'function' ? parseStrict(Reply, reply(request), `reply of model '${group.model.id}'`) : reply;
}

/** Splits a step into the reply to send and the delivery fault, if any, that bends it. */
function planOf(step: Step, group: ModelGroup, request: RecordedChatRequest): { reply: Reply; delivery: DeliveryFault | null } {
  if (!isFault(step)) return { reply: step, delivery: null };
  const delivery = step as DeliveryFault;
  return { reply: 'reply' in delivery ? delivery.reply : defaultReply(group, request), delivery };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'unparseable body' };
  }
}

/** A refused key fails in the auth check, before the proxy has a call id; a refused model name before any model call. */
function faultHeaders(fault: Fault, context: GatewayHeaderContext): Record<string, string> {
  if (fault.fault === 'unauthorized') return {};
  return errorHeaders(context, fault.fault !== 'invalid-model');
}

/** `POST /v1/chat/completions`: validate, record, pick the scripted step, answer as JSON or SSE. */
export async function handleChat(exchange: Exchange, state: SimulatorState): Promise<void> {
  const base: GatewayHeaderContext = {
    flavor: state.flavor,
    version: state.version,
    callId: randomUUID(),
    startedAt: exchange.startedAt,
  };
  const json = parseJson(exchange.bodyText);
  if (!json.ok) {
    // Refused while reading the body, before the proxy gives the call an id: no x-litellm headers at all.
    sendError(exchange.res, errors.invalidJson(json.detail));
    return;
  }
  // The key's model list, budget and rpm limit are checked in the proxy's auth, before the request is validated.
  const model = (json.value as { model?: unknown } | null)?.model;
  const refused = state.keys.admitChat(presentedKey(exchange.headers), typeof model === 'string' ? model : '');
  if (refused !== null) {
    sendError(exchange.res, refused);
    return;
  }
  const validated = validateChat(json.value, state.catalog);
  if (!validated.ok) {
    sendError(exchange.res, validated.error, errorHeaders(base, false));
    return;
  }
  const { body, group } = validated;
  const request: RecordedChatRequest = { ...body, headers: exchange.headers };
  state.recorder.chat(request);
  const modelId = state.catalog.nextDeployment(group);
  const context: GatewayHeaderContext = { ...base, modelId, modelGroup: group.model.id, apiBase: state.catalog.apiBase(group) };
  const step = state.routeFault('chat') ?? state.takeStep([body.model, group.model.id]) ?? group.model.fault;
  const fault = step !== undefined && isFault(step) ? step : null;
  const failure = fault === null ? null : errorForFault(fault, {
    model: body.model,
    deploymentId: modelId,
    retryAfterHeader: state.release.retryAfterAsUpstreamCopy ? 'llm_provider-retry-after' : 'retry-after',
  });
  if (fault !== null && failure !== null) {
    if (fault.fault === 'status' && !(await sleep(fault.delayMs ?? 0, exchange.signal))) return;
    sendError(exchange.res, failure, faultHeaders(fault, context));
    return;
  }
  let plan: { reply: Reply; delivery: DeliveryFault | null };
  try {
    plan = step === undefined ? { reply: defaultReply(group, request), delivery: null } : planOf(step, group, request);
  } catch (error) {
    sendError(exchange.res, errors.simulatorFailure(error instanceof Error ? error.message : String(error)));
    return;
  }
  if (plan.delivery?.fault === 'stall-headers') {
    await untilAborted(exchange.signal);
    exchange.terminate();
    return;
  }
  if (!(await sleep(plan.reply.delayMs ?? 0, exchange.signal))) return;
  const completion = buildCompletion(plan.reply, body, {
    model: state.catalog.upstreamModel(group, body.model),
    nextToolCallId: () => state.nextToolCallId(),
    omitToolIds: plan.delivery?.fault === 'missing-tool-ids',
  });
  const answer = {
    exchange,
    request,
    reply: plan.reply,
    completion,
    delivery: plan.delivery,
    headerContext: { ...context, scriptedDelayMs: plan.reply.delayMs ?? 0 },
    prices: state.catalog.prices(group),
    streamUsageCost: state.flavor === 'litellm' && state.release.streamUsageCost,
  };
  await (body.stream === true ? respondStream(answer) : respondJson(answer));
}
