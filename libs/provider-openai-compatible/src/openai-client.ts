import OpenAI, { type ClientOptions } from 'openai';
import { type Logger, redactSecrets, SILENT_LOGGER } from '@modelgate/provider-contracts';
import { type OpenAICompatibleConfig } from './config';
import { errorBodyOf, errorFromBody } from './error-mapping';
import { type ErrorClassifier } from './error-reading';
import { parseRetryAfterMs } from './retry-after';
import { type AnswerHooks } from './server-hooks';

type Fetch = NonNullable<ClientOptions['fetch']>;

/** The same answer, marked `x-should-retry: false`: a header the SDK obeys. */
function noRetry(response: Response, body: BodyInit | null): Response {
  const headers = new Headers(response.headers);
  headers.set('x-should-retry', 'false');
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Whether a 429 is worth a retry, as the server's own rules read its body (an exceeded budget is not). */
function worthRetrying(text: string, headers: Headers, classifyError: ErrorClassifier): boolean {
  let body: unknown = text;
  try {
    body = (JSON.parse(text) as { error?: unknown } | null)?.error;
  } catch {
    // Not JSON: the text is the message.
  }
  return errorFromBody(429, errorBodyOf(body), headers, classifyError).retryable;
}

/**
 * Keeps the SDK's retries to answers worth retrying. openai-node sleeps for whatever `retry-after` says (up
 * to 60 s), without a signal to cut the sleep short: a wait longer than `maxWaitMs` would mostly end in our
 * own timeout with a timer left running, so such an answer reaches the caller at once as a rate limit that
 * carries the wait. The server's `reviseAnswer` goes first, so the SDK reads the answer it stands for. And a
 * 429 the server's rules do not call retryable (LiteLLM's exceeded budget) is not retried either: the SDK
 * retries every 429.
 */
export function limitRetryAfter(maxWaitMs: number, hooks: AnswerHooks = {}): Fetch {
  const { classifyError, reviseAnswer } = hooks;
  return async (url, init) => {
    const fetched = await fetch(url, init);
    if (fetched.ok) return fetched;
    const response = reviseAnswer ? reviseAnswer(fetched, new Headers(init?.headers)) : fetched;
    const wait = parseRetryAfterMs(response.headers);
    if (wait !== null && wait > maxWaitMs) return noRetry(response, response.body);
    if (response.status !== 429 || classifyError === undefined) return response;
    const text = await response.text();
    return worthRetrying(text, response.headers, classifyError) ? new Response(text, response) : noRetry(response, text);
  };
}

/** The SDK logs through ours: its per-request lines are debug noise for us, and keys never reach them. */
function sdkLogger(logger: Logger, provider: string): NonNullable<ClientOptions['logger']> {
  const fields = { provider, source: 'openai-sdk' };
  return {
    error: (message) => logger.error(fields, redactSecrets(message)),
    warn: (message) => logger.warn(fields, redactSecrets(message)),
    info: (message) => logger.debug(fields, redactSecrets(message)),
    debug: () => undefined,
  };
}

/**
 * The one SDK client of a configuration. Retries are the SDK's alone (408/409/429/5xx and connection
 * errors, before the first byte, honouring retry-after): we never retry on top of it. Without a key the SDK
 * still wants a string, so the header it would make from it is removed: a proxy without auth ignores it,
 * and a proxy with auth answers 401 to no key just as to a wrong one.
 */
export function createOpenAIClient(
  config: OpenAICompatibleConfig,
  logger: Logger,
  provider: string,
  hooks: AnswerHooks = {},
): OpenAI {
  return new OpenAI({
    baseURL: `${config.baseUrl}/v1`,
    apiKey: config.apiKey ?? 'no-key',
    // Explicit, so the SDK reads none of OPENAI_ORG_ID, OPENAI_PROJECT_ID or OPENAI_LOG from the environment.
    organization: null,
    project: null,
    webhookSecret: null,
    // With no logger to hear them, the SDK's lines are not made at all: at `info` it formats one for every
    // response and redacts it with several regular expressions, about 10% of a plain call's CPU in the bench.
    logLevel: logger === SILENT_LOGGER ? 'off' : 'info',
    logger: sdkLogger(logger, provider),
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    defaultHeaders: { ...config.defaultHeaders, ...(config.apiKey === undefined && { Authorization: null }) },
    // Half the call's budget: a longer wait leaves the retry less time than the wait took. LiteLLM's usual
    // `retry-after: 60` under the default 60 s then fails at once as `rate_limited` with its wait, instead of
    // sleeping the whole budget and ending as a timeout.
    fetch: limitRetryAfter(config.timeoutMs / 2, hooks),
  });
}
