/**
 * A gateway's copy of its upstream's headers: LiteLLM 1.108 passes an upstream's `retry-after` on only as
 * `llm_provider-retry-after` (1.83 passed on neither), see tools/conformance/FINDINGS.md.
 */
const UPSTREAM_PREFIX = 'llm_provider-';

/** The header, else the gateway's copy of the upstream's. */
function header(headers: Headers, name: string): string | null {
  return headers.get(name) ?? headers.get(`${UPSTREAM_PREFIX}${name}`);
}

/**
 * How long a server asked us to wait, in milliseconds, from `retry-after-ms` (OpenAI), `retry-after` in
 * seconds or as an HTTP date, each also as a gateway's `llm_provider-` copy; `null` when it did not say.
 * The header is not guaranteed on LiteLLM's 429s.
 */
export function parseRetryAfterMs(headers: Headers, nowMs: number = Date.now()): number | null {
  const millis = header(headers, 'retry-after-ms');
  if (millis !== null && millis.trim() !== '') {
    const value = Number(millis);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = header(headers, 'retry-after')?.trim();
  if (!after) return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/** LiteLLM's "No deployments available" says "Try again in N seconds" in its message instead of a header. */
export function retryAfterFromMessage(message: string): number | null {
  const match = /try again in (\d+(?:\.\d+)?) ?s(?:ec(?:ond)?s?)?\b/i.exec(message);
  return match ? Number(match[1]) * 1000 : null;
}

/**
 * The headers with the upstream's wait copied to `retry-after` / `retry-after-ms` where the gateway sent
 * only its `llm_provider-` copy, so a client that reads the plain names (the openai SDK) waits as told;
 * null when there is nothing to copy.
 */
export function withPlainRetryAfter(headers: Headers): Headers | null {
  const names = ['retry-after', 'retry-after-ms'].filter(
    (name) => headers.get(name) === null && headers.get(`${UPSTREAM_PREFIX}${name}`) !== null,
  );
  if (names.length === 0) return null;
  const copy = new Headers(headers);
  for (const name of names) copy.set(name, headers.get(`${UPSTREAM_PREFIX}${name}`)!);
  return copy;
}
