import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { isProviderError, ProviderError } from '@modelgate/provider-contracts';
import { type AnswerCode, type ErrorClassifier } from './error-reading';
import { parseRetryAfterMs } from './retry-after';
import { WireErrorBody } from './wire-schemas';

export interface ErrorContext {
  provider: string;
  /** Prefixed model id. */
  model: string | null;
  /** Set once the call itself ended: whatever failed afterwards failed because of that. */
  ended?: 'timeout' | 'aborted' | null;
  timeoutMs?: number;
  /** The server's own reading of its error answers; null reads them as any OpenAI-compatible server's. */
  classifyError?: ErrorClassifier | null;
}

const MAX_DETAIL = 300;
const CONTEXT_WINDOW = /ContextWindowExceeded|context length|context window|maximum context/i;

const SUMMARY: Record<AnswerCode, string> = {
  unauthorized: 'The gateway rejected the API key',
  bad_request: 'The gateway refused the request',
  model_not_found: 'The gateway does not serve this model',
  context_window_exceeded: "The conversation does not fit the model's context window",
  budget_exceeded: 'The key, user or team has used up its budget',
  forbidden: 'The API key may not do this',
  rate_limited: 'Rate limited by the gateway',
  timeout: 'The gateway timed out',
  upstream: 'The gateway or its model backend failed',
  misconfigured: 'Not found: is the base URL an OpenAI-compatible server?',
};

/** Servers write the literal "None" for absent fields (LiteLLM), and `code` is a string or an int. */
function field(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' && value !== 'None' ? value : null;
}

function detailOf(body: WireErrorBody | null): string {
  // The message may be a stringified Python dict: it is only ever matched and shown, never parsed.
  const raw = body?.message;
  const text = typeof raw === 'string' ? raw : raw == null ? '' : JSON.stringify(raw);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}...` : flat;
}

function classify(status: number | null, detail: string): AnswerCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (CONTEXT_WINDOW.test(detail)) return 'context_window_exceeded';
  if (status === 404) return /model/i.test(detail) ? 'model_not_found' : 'misconfigured';
  if (status !== null && status >= 400 && status < 500) return 'bad_request';
  // Every 5xx, 529 included: Anthropic's "overloaded" status, which gateways pass on as is (LiteLLM's
  // `mock_streaming_error` raises it too). It is the backend's capacity, not the caller's quota, so a
  // retryable upstream failure rather than rate_limited, as LiteLLM's own mapping makes it.
  return 'upstream';
}

/** The `error` member of a body: the OpenAI error object, a bare string some servers send, or nothing usable. */
export function errorBodyOf(value: unknown): WireErrorBody | null {
  if (typeof value === 'string') return { message: value };
  const parsed = WireErrorBody.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function statusFromCode(code: string | null): number | null {
  return code !== null && /^[1-5]\d\d$/.test(code) ? Number(code) : null;
}

/**
 * An error answer of the gateway, from an HTTP status and its `{error:{message,type,param,code}}` body, or
 * from an error frame inside a 200 stream (then the status comes from `code` when it is one).
 */
export function errorFromBody(
  status: number | null,
  body: WireErrorBody | null,
  headers?: Headers,
  classifyError: ErrorClassifier | null = null,
): ProviderError {
  const effective = status ?? statusFromCode(field(body?.code));
  const detail = detailOf(body);
  const reading = classifyError?.({ status: effective, type: field(body?.type), detail, headers }) ?? null;
  const code = reading?.code ?? classify(effective, detail);
  const requestId = reading?.requestId ?? headers?.get('x-request-id') ?? null;
  // A 409 (a conflict: another request holds what this one needs) passes once that one is done; the openai
  // and AI SDKs both retry it, so it is retryable here too, whatever code its detail gives it.
  const conflict = effective === 409;
  const waits = conflict || code === 'rate_limited' || code === 'upstream';
  const retryAfterMs = waits ? ((headers && parseRetryAfterMs(headers)) ?? reading?.retryAfterMs ?? null) : null;
  const shownStatus = effective === null ? '' : ` (${effective})`;
  // A 401 body may echo a hash of the key and a table name (LiteLLM issue #39757): it never reaches a message.
  const message = code === 'unauthorized' ? SUMMARY.unauthorized : `${SUMMARY[code]}${shownStatus}${detail && `: ${detail}`}`;
  return new ProviderError({ code, message, status: effective, requestId, retryAfterMs, retryable: conflict || undefined });
}

function withContext(error: ProviderError, context: ErrorContext): ProviderError {
  if (error.provider !== null && error.model !== null) return error;
  return error.with({ provider: error.provider ?? context.provider, model: error.model ?? context.model });
}

function connectionDetail(error: APIConnectionError): string {
  const cause = error.cause as { cause?: { code?: unknown }; code?: unknown } | undefined;
  const code = cause?.cause?.code ?? cause?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

function classifyOwn(error: unknown, context: ErrorContext): ProviderError {
  if (context.ended === 'timeout') {
    const message = `The call did not finish within ${context.timeoutMs ?? '?'} ms`;
    return new ProviderError({ code: 'timeout', message });
  }
  const abortError = error instanceof APIUserAbortError || (error as Error | null)?.name === 'AbortError';
  if (context.ended === 'aborted' || abortError) {
    return new ProviderError({ code: 'aborted', message: 'The call was aborted' });
  }
  if (isProviderError(error)) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError({ code: 'timeout', message: 'The gateway did not answer in time' });
  }
  if (error instanceof APIConnectionError) {
    const message = `Could not reach the gateway${connectionDetail(error)}`;
    return new ProviderError({ code: 'unreachable', message, cause: error.cause });
  }
  if (error instanceof APIError) {
    return errorFromBody(error.status ?? null, errorBodyOf(error.error), error.headers, context.classifyError ?? null);
  }
  if (error instanceof SyntaxError) {
    return new ProviderError({ code: 'invalid_response', message: 'The gateway sent a body that is not valid JSON' });
  }
  // The request could not even be serialised (a schema or arguments nested too deep): no call was made,
  // and the same request would fail again.
  if (error instanceof RangeError) {
    return new ProviderError({ code: 'bad_request', message: 'The request could not be serialised (nested too deeply)', retryable: false });
  }
  const name = error instanceof Error ? error.name : typeof error;
  return new ProviderError({ code: 'upstream', message: `The call failed unexpectedly (${name})`, cause: error });
}

/**
 * The one place where failures become `ProviderError`s: the openai SDK's error classes, the server's error
 * bodies (read by its own `classifyError` first), our own timeout and abort, and errors that already are `ProviderError`s (given provider and model).
 * Never carries the request body or the upstream 401 body.
 */
export function toProviderError(error: unknown, context: ErrorContext): ProviderError {
  return withContext(classifyOwn(error, context), context);
}
