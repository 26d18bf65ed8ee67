import type OpenAI from 'openai';
import { type GatewayMetadata, ProviderError, isProviderError } from '@modelgate/provider-contracts';
import { type CallScope, MAX_TIMER_MS } from './call-scope';
import { errorBodyOf, errorFromBody } from './error-mapping';
import { type ErrorClassifier } from './error-reading';
import { type WireBody, toStreamingBody } from './request-builder';
import { readSseData } from './sse-parser';
import { type TurnOptions, type TurnResult } from './model-turn';
import { type ChunkDelta, StreamAssembler, type TurnOutput } from './stream-assembler';

/** Reads a gateway's response headers: its metadata and the cost it reports, if any. */
export type ResponseInspector = (headers: Headers) => { gateway: GatewayMetadata; costUsd: number | null };

/** A turn as the wire takes it: the body the options map to. */
export interface TurnCall extends Omit<TurnOptions, 'messages' | 'toolChoice'> {
  body: WireBody;
  /** The call's own key (its `credentials`); without it, the client's configured key. */
  apiKey?: string;
}

/** One model call over the wire: emits text and reasoning deltas as they come, resolves with the whole turn. */
export type ModelCaller = (call: TurnCall) => Promise<TurnResult>;

// The SDK's own timeout is a backstop a little behind ours, so ours always fires first and the SDK does not
// retry a request the call no longer has time for.
const SDK_TIMEOUT_MARGIN_MS = 1000;

/**
 * A call's own key goes in this request's headers, over the client's: one client serves every key, where a
 * client per key would cost a construction per new tenant and a cache to bound. `headers` carry the turn's
 * trace context, when it is traced.
 */
export function requestOptions(scope: CallScope, apiKey: string | undefined, headers?: Record<string, string>): OpenAI.RequestOptions {
  const timeout = Math.min(scope.remainingMs() + SDK_TIMEOUT_MARGIN_MS, MAX_TIMER_MS);
  if (apiKey === undefined) return headers === undefined ? { signal: scope.signal, timeout } : { signal: scope.signal, timeout, headers };
  return { signal: scope.signal, timeout, headers: { ...headers, Authorization: `Bearer ${apiKey}` } };
}

/** Field by field rather than a spread: a spread of the output showed in profiles of every call. */
function turnResult(output: TurnOutput, headerCostUsd: number | null, gateway: GatewayMetadata): TurnResult {
  const { text, reasoning, toolCalls, finishReason, usage, usageCostUsd, warnings, logprobs, responseModel } = output;
  const result: TurnResult = { text, reasoning, toolCalls, finishReason, usage, usageCostUsd, headerCostUsd, gateway, warnings, responseModel };
  if (logprobs !== undefined) result.logprobs = logprobs;
  return result;
}

function emitDeltas(emit: TurnCall['emit'], turn: number, { text, reasoning }: ChunkDelta): void {
  if (reasoning) emit({ type: 'reasoning-delta', turn, delta: reasoning });
  if (text) emit({ type: 'text-delta', turn, delta: text });
}

function endedEarly(cause?: unknown): ProviderError {
  // Nothing is retried after the first byte, but the caller may try the whole call again.
  return new ProviderError({ code: 'invalid_response', message: 'The response ended early', retryable: true, cause });
}

function notJson(what: string): ProviderError {
  return new ProviderError({ code: 'invalid_response', message: `The gateway sent ${what} that is not valid JSON` });
}

/**
 * An `event: error` frame on a 200 stream fails the call with what it says: an `{error:{...}}` body (LiteLLM's),
 * a bare error object, or plain text.
 */
function errorEvent(data: string, classifyError: ErrorClassifier | null): never {
  let parsed: unknown = data;
  try {
    parsed = JSON.parse(data);
  } catch {
    // Plain text: the message itself.
  }
  const inner = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? parsed.error : parsed;
  throw errorFromBody(null, errorBodyOf(inner) ?? { message: data }, undefined, classifyError);
}

/** A body that broke off (socket closed, proxy gone) ended early; if our scope ended it, the mapping says so. */
function bodyFailure(error: unknown): unknown {
  return isProviderError(error) ? error : endedEarly(error);
}

/**
 * A whole JSON body (`what` it is names it in errors): one that broke off is `invalid_response` "ended early"
 * (or what our scope ended it with), one that is not JSON says so. `onRead` runs once the bytes are in.
 */
export async function readJsonBody(response: Response, what: string, onRead?: () => void): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw bodyFailure(error);
  }
  onRead?.();
  try {
    return JSON.parse(text);
  } catch {
    throw notJson(what);
  }
}

/**
 * Plain HTTP: one JSON response per turn, read by the same assembler as a single chunk. The body is read
 * here rather than by the SDK, so a body cut short or stalled is told apart from one that is not JSON.
 */
export function plainCaller(client: OpenAI, inspect: ResponseInspector, classifyError: ErrorClassifier | null): ModelCaller {
  return async function callPlain({ body, apiKey, turn, scope, onFirstToken, emit, headers }) {
    const response = await scope.race(client.chat.completions.create(body, requestOptions(scope, apiKey, headers)).asResponse());
    const { gateway, costUsd } = inspect(response.headers);
    const data = await readJsonBody(response, 'a response', onFirstToken);
    const assembler = new StreamAssembler(turn, classifyError);
    emitDeltas(emit, turn, assembler.push(data));
    return turnResult(assembler.output(), costUsd, gateway);
  };
}

/**
 * Streaming: the request goes through the SDK (auth, error statuses, retries before the first byte stay
 * its job), but the body is read by our lean SSE parser instead of the SDK's slower `Stream`.
 */
export function streamingCaller(client: OpenAI, inspect: ResponseInspector, classifyError: ErrorClassifier | null): ModelCaller {
  return async function callStreaming({ body, apiKey, turn, scope, onFirstToken, emit, backpressure, headers }) {
    const request = client.chat.completions.create(toStreamingBody(body), requestOptions(scope, apiKey, headers));
    const response = await scope.race(request.asResponse());
    const { gateway, costUsd } = inspect(response.headers);
    if (response.body === null) throw endedEarly();
    const assembler = new StreamAssembler(turn, classifyError);
    let done = false;
    const onData = (data: string): boolean => {
      if (data === '[DONE]') {
        done = true;
        return false;
      }
      let chunk: unknown;
      try {
        chunk = JSON.parse(data);
      } catch {
        throw notJson('a stream frame');
      }
      const delta = assembler.push(chunk);
      if (delta.text || delta.toolCall) onFirstToken();
      emitDeltas(emit, turn, delta);
      return true;
    };
    // The wait ends with the call too (timeout, abort), not only when the reader catches up.
    const pause = backpressure && (() => {
      const wait = backpressure();
      return wait && scope.race(wait);
    });
    await readSseData(response.body, onData, (data) => errorEvent(data, classifyError), pause).catch((error: unknown) => Promise.reject(bodyFailure(error)));
    // Without [DONE] and without a finish reason the answer may be cut anywhere: it is not an answer.
    if (!done && !assembler.finished) throw endedEarly();
    return turnResult(assembler.output(), costUsd, gateway);
  };
}
