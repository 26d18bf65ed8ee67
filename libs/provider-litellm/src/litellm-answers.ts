import { type AnswerReviser } from '@modelgate/provider-openai-compatible';
import { isKeylessRefusal, keylessRefusalAnswer } from './keyless-refusal';

/**
 * LiteLLM 1.108 passes an upstream's `retry-after` on only as `llm_provider-retry-after` (1.83 passed on
 * neither), see tools/conformance/FINDINGS.md.
 */
const UPSTREAM_PREFIX = 'llm_provider-';
const WAIT_HEADERS = ['retry-after', 'retry-after-ms'];

/**
 * The headers with the upstream's wait copied to `retry-after` / `retry-after-ms` where the proxy sent
 * only its `llm_provider-` copy, so a client that reads the plain names (the openai SDK) waits as told;
 * null when there is nothing to copy.
 */
export function withPlainRetryAfter(headers: Headers): Headers | null {
  let copy: Headers | null = null;
  for (const name of WAIT_HEADERS) {
    const upstream = headers.get(`${UPSTREAM_PREFIX}${name}`);
    if (upstream === null || headers.get(name) !== null) continue;
    copy ??= new Headers(headers);
    copy.set(name, upstream);
  }
  if (copy === null) return null;
  copy.delete('content-length');
  copy.delete('content-encoding');
  return copy;
}

/** Whether the request carried a key: the bearer token, or LiteLLM's own key header. */
function sentKey(sent: Headers): boolean {
  return sent.has('authorization') || sent.has('x-litellm-api-key');
}

/**
 * LiteLLM's error answers as the openai SDK must read them: its bare 500 to a request without a key is the
 * 401 it stands for (not a failure to retry), and its upstream's wait is put where the SDK looks for it.
 */
export const reviseLiteLLMAnswer: AnswerReviser = (response, sent) => {
  if (isKeylessRefusal(response, sentKey(sent))) return keylessRefusalAnswer(response);
  const headers = withPlainRetryAfter(response.headers);
  return headers === null ? response : new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};
