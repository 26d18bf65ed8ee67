import { ProviderError } from '@modelgate/provider-contracts';
import { errorBodyOf, errorFromBody } from '../error-mapping';
import { type AnswerHooks } from '../server-hooks';

export type JsonOutcome =
  | { kind: 'json'; status: number; body: unknown }
  /** The server's error answer, read by its own hooks first (a DB-less LiteLLM's 400 for a wrong key is `unauthorized`). */
  | { kind: 'http-error'; status: number; error: ProviderError }
  /** 2xx that is not JSON at all: most likely not an OpenAI-compatible server (a web page, another app). */
  | { kind: 'not-json'; status: number }
  /** 2xx that says it is JSON but does not parse: a server answering garbage. */
  | { kind: 'bad-json'; status: number }
  | { kind: 'failed'; error: ProviderError };

export interface GetJsonOptions {
  apiKey?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Sent too (the discovery span's trace context); the key and `accept` are set over them. */
  headers?: Readonly<Record<string, string>>;
  /** The server's own reading of its answers, as its calls read them; without it, the OpenAI-compatible reading alone. */
  hooks?: AnswerHooks;
}

/** One GET with a deadline, classified; never throws. The key goes in a header only, never in a message. */
export async function getJson(url: string, options: GetJsonOptions): Promise<JsonOutcome> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const headers = new Headers(options.headers);
  headers.set('accept', 'application/json');
  if (options.apiKey) headers.set('authorization', `Bearer ${options.apiKey}`);
  const { classifyError = null, reviseAnswer } = options.hooks ?? {};
  try {
    const fetched = await fetch(url, { headers, signal });
    // As for calls (`limitRetryAfter`): only an error answer is the server's to revise.
    const response = reviseAnswer && !fetched.ok ? reviseAnswer(fetched, headers) : fetched;
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      const error = errorFromBody(response.status, errorBodyOf((body as { error?: unknown } | null)?.error), response.headers, classifyError);
      return { kind: 'http-error', status: response.status, error };
    }
    const saysJson = (response.headers.get('content-type') ?? '').includes('json');
    const text = await response.text();
    try {
      return { kind: 'json', status: response.status, body: JSON.parse(text) };
    } catch {
      return { kind: saysJson ? 'bad-json' : 'not-json', status: response.status };
    }
  } catch (cause) {
    return { kind: 'failed', error: classifyFetchFailure(cause, options, deadline) };
  }
}

function classifyFetchFailure(cause: unknown, options: GetJsonOptions, deadline: AbortSignal): ProviderError {
  if (options.signal?.aborted) return new ProviderError({ code: 'aborted', message: 'Discovery was aborted', cause });
  if (deadline.aborted) {
    return new ProviderError({ code: 'timeout', message: `No answer within ${options.timeoutMs} ms`, cause });
  }
  const reason = (cause as { cause?: { code?: string } } | undefined)?.cause?.code;
  return new ProviderError({
    code: 'unreachable',
    message: reason ? `Cannot connect (${reason})` : 'Cannot connect',
    cause,
  });
}
