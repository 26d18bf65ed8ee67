/**
 * Where LiteLLM releases answer differently, as the simulator reproduces them: 1.83.14 (the oldest release
 * modelgate supports) and 1.108.7 (the newest tried), observed on the wire by tools/conformance (FINDINGS.md).
 * A release from 1.108 on answers like 1.108.7, an older one like 1.83.14.
 */
export interface LitellmRelease {
  /** `/health/readiness` says `litellm_version`, callbacks and log level (1.83); 1.108 says only status and db. */
  readinessDetails: boolean;
  /** No key, or one without `Bearer `, to a proxy with a master key: 401 `auth_error` (1.83), bare `500 text/plain` (1.108). */
  keylessAs500: boolean;
  /** An upstream's `retry-after` reaches the client as `llm_provider-retry-after` (1.108), not as `retry-after`. */
  retryAfterAsUpstreamCopy: boolean;
  /** A stream's usage chunk carries `usage.cost` (1.108) for a priced model. */
  streamUsageCost: boolean;
  /** An exceeded key budget is `429 budget_exceeded` (1.108, the error's own status), not `400` (1.83's auth handler). */
  budgetAs429: boolean;
  /** A key's refused model is named in a fixed client message (1.108), not with the key's model list (1.83). */
  modelAccessClientMessage: boolean;
  /** An embeddings 429 passes the upstream's wait on (1.108, as `llm_provider-retry-after`); 1.83 drops it. */
  embeddingRetryAfter: boolean;
}

function atLeast(version: string, major: number, minor: number): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  if (match === null) return false;
  const [found, foundMinor] = [Number(match[1]), Number(match[2])];
  return found > major || (found === major && foundMinor >= minor);
}

export function litellmRelease(version: string): LitellmRelease {
  const newer = atLeast(version, 1, 108);
  return {
    readinessDetails: !newer,
    keylessAs500: newer,
    retryAfterAsUpstreamCopy: newer,
    streamUsageCost: newer,
    budgetAs429: newer,
    modelAccessClientMessage: newer,
    embeddingRetryAfter: newer,
  };
}
