/**
 * How long a server asked us to wait, in milliseconds, from `retry-after-ms` (OpenAI) or `retry-after` in
 * seconds or as an HTTP date; `null` when it did not say.
 */
export function parseRetryAfterMs(headers: Headers, nowMs: number = Date.now()): number | null {
  const millis = headers.get('retry-after-ms');
  if (millis !== null && millis.trim() !== '') {
    const value = Number(millis);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get('retry-after')?.trim();
  if (!after) return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
