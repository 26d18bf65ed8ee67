import OpenAI, { type ClientOptions } from 'openai';
import { type Logger, redactSecrets } from '@modelgate/provider-contracts';
import { type OpenAICompatibleConfig } from './config';
import { parseRetryAfterMs } from './retry-after';

type Fetch = NonNullable<ClientOptions['fetch']>;

/**
 * openai-node 6 sleeps for whatever `retry-after` says, without a signal to cut the sleep short. A wait
 * longer than a whole call may last would only end in our own timeout with a timer left running, so such
 * an answer is marked `x-should-retry: false` (a header the SDK obeys) and reaches the caller at once as a
 * rate limit that carries the wait.
 */
export function limitRetryAfter(maxWaitMs: number): Fetch {
  return async (url, init) => {
    const response = await fetch(url, init);
    if (response.ok) return response;
    const wait = parseRetryAfterMs(response.headers);
    if (wait === null || wait <= maxWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
    fetch: limitRetryAfter(config.timeoutMs),
  });
}
