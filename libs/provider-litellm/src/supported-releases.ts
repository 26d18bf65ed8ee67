/** The oldest LiteLLM release modelgate is tested against (tools/conformance runs every scenario on it). */
export const OLDEST_SUPPORTED_LITELLM = '1.83.14';

/** `major.minor.patch` as one comparable number (each part below 100,000), null when it is not that. */
function rank(version: string): number | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (match === null) return null;
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  return (major * 100_000 + minor) * 100_000 + patch;
}

/**
 * Whether a proxy reporting `version` is older than the oldest supported release. A version that is not
 * `major.minor.patch` (a dev build, a fork's own scheme) is not called old: nothing is known of it.
 */
export function isOlderThanSupportedLitellm(version: string): boolean {
  const found = rank(version);
  const oldest = rank(OLDEST_SUPPORTED_LITELLM) ?? 0;
  return found !== null && found < oldest;
}
