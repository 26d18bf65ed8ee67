import OpenAI, { type ClientOptions } from 'openai';
import { type Logger, redactSecrets } from '@modelgate/provider-contracts';
import { type OpenAICompatibleConfig } from './config';
import { isKeylessRefusal, keylessRefusalAnswer } from './keyless-refusal';
import { parseRetryAfterMs, withPlainRetryAfter } from './retry-after';

type Fetch = NonNullable<ClientOptions['fetch']>;

/** The same answer with other headers (and the body read or not). */
function rebuilt(response: Response, headers: Headers, body: BodyInit | null): Response {
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** The same answer, marked `x-should-retry: false`: a header the SDK obeys. */
function noRetry(response: Response, body: BodyInit | null): Response {
  const headers = new Headers(response.headers);
  headers.set('x-should-retry', 'false');
  return rebuilt(response, headers, body);
}

/**
 * Keeps the SDK's retries to answers worth retrying. openai-node 6 sleeps for whatever `retry-after` says,
 * without a signal to cut the sleep short: a wait longer than a whole call may last would only end in our
 * own timeout with a timer left running, so such an answer reaches the caller at once as a rate limit that
 * carries the wait. A wait a gateway passed on only as its upstream's `llm_provider-retry-after` (LiteLLM
 * 1.108) is copied to `retry-after` first, which the SDK reads. And newer LiteLLM proxies answer an exceeded budget with 429, which the SDK would retry
 * although no retry can succeed: its body says so (`budget_exceeded`), so it is not retried either.
 */
export function limitRetryAfter(maxWaitMs: number, sentKey = true): Fetch {
  return async (url, init) => {
    const fetched = await fetch(url, init);
    if (fetched.ok) return fetched;
    if (isKeylessRefusal(fetched, sentKey)) return keylessRefusalAnswer(fetched);
    const plain = withPlainRetryAfter(fetched.headers);
    const response = plain === null ? fetched : rebuilt(fetched, plain, fetched.body);
    const wait = parseRetryAfterMs(response.headers);
    if (wait !== null && wait > maxWaitMs) return noRetry(response, response.body);
    if (response.status !== 429) return response;
    const text = await response.text();
    return /budget/i.test(text) ? noRetry(response, text) : new Response(text, response);
  };
}

/** Whether requests carry a key: `apiKey`, or one of the default headers a proxy reads a key from. */
function sendsKey(config: OpenAICompatibleConfig): boolean {
  const names = Object.keys(config.defaultHeaders ?? {}).map((name) => name.toLowerCase());
  return config.apiKey !== undefined || names.includes('authorization') || names.includes('x-litellm-api-key');
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
export function createOpenAIClient(config: OpenAICompatibleConfig, logger: Logger, provider: string): OpenAI {
  return new OpenAI({
    baseURL: `${config.baseUrl}/v1`,
    apiKey: config.apiKey ?? 'no-key',
    // Explicit, so the SDK reads none of OPENAI_ORG_ID, OPENAI_PROJECT_ID or OPENAI_LOG from the environment.
    organization: null,
    project: null,
    webhookSecret: null,
    logLevel: 'info',
    logger: sdkLogger(logger, provider),
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    defaultHeaders: { ...config.defaultHeaders, ...(config.apiKey === undefined && { Authorization: null }) },
    fetch: limitRetryAfter(config.timeoutMs, sendsKey(config)),
  });
}
