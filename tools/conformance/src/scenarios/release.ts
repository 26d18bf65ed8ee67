/**
 * Whether the proxy is of the 1.108 line or later, where the scenarios expect what FINDINGS.md records for
 * 1.108.7 (stream cost in `usage.cost`, the upstream's wait as `llm_provider-retry-after`, ...).
 */
export function isNewerRelease(version: string): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  return match !== null && (Number(match[1]) > 1 || (Number(match[1]) === 1 && Number(match[2]) >= 108));
}
