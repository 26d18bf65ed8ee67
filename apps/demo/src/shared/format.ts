import { type ChatResult, type Cost, type ModelCapabilities, type Usage } from '@modelgate/provider-contracts';

/** How the CLI and the page put numbers into words; `null` ("not reported") never prints as 0. */

const CAPABILITY_LABELS: readonly [keyof ModelCapabilities, string][] = [
  ['tools', 'tools'],
  ['vision', 'vision'],
  ['structuredOutput', 'json'],
  ['reasoning', 'reasoning'],
  ['pdf', 'pdf'],
  ['promptCaching', 'caching'],
];

const COST_SOURCES: Record<Cost['source'], string> = {
  'gateway-header': 'from the gateway',
  'usage-field': 'from the usage report',
  'price-table': 'from the price table',
  unknown: 'unknown',
};

export function formatCapabilities(capabilities: ModelCapabilities): string {
  const known = CAPABILITY_LABELS.filter(([key]) => capabilities[key] === true).map(([, label]) => label);
  return known.length > 0 ? known.join(', ') : '-';
}

export function formatContextWindow(tokens: number | null): string {
  return tokens === null ? '-' : tokens.toLocaleString('en-US');
}

/** Dollars with at least two decimals, and enough to show the leading digits of tiny per-call costs. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  const decimals = Math.min(10, Math.max(2, Math.ceil(-Math.log10(usd)) + 2));
  return `$${usd.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

/** A per-token price as dollars per million tokens, the unit price lists use. */
export function formatPricePerMillion(perToken: number | null): string {
  return perToken === null ? '-' : formatUsd(perToken * 1_000_000);
}

export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

const count = (tokens: number | null) => (tokens === null ? '?' : tokens.toLocaleString('en-US'));

export function formatUsage(usage: Usage): string {
  const line = `${count(usage.inputTokens)} in + ${count(usage.outputTokens)} out = ${count(usage.totalTokens)} tokens`;
  // The parts of the counts billed apart, when the gateway reported them.
  const parts = [
    usage.cachedInputTokens ? `${usage.cachedInputTokens} cached` : null,
    usage.cacheCreationInputTokens ? `${usage.cacheCreationInputTokens} written to cache` : null,
    usage.reasoningTokens ? `${usage.reasoningTokens} reasoning` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? line : `${line} (${parts.join(', ')})`;
}

export function formatCost(cost: Cost): string {
  return cost.usd === null ? 'unknown' : `${formatUsd(cost.usd)} (${COST_SOURCES[cost.source]})`;
}

export function formatTiming(result: Pick<ChatResult, 'timing' | 'turns'>): string {
  const { timing, turns } = result;
  const parts = [`${formatDuration(timing.totalMs)} total`];
  if (timing.timeToFirstTokenMs !== null) parts.push(`first token ${formatDuration(timing.timeToFirstTokenMs)}`);
  parts.push(`model ${formatDuration(timing.modelMs)}`, `tools ${formatDuration(timing.toolMs)}`);
  parts.push(`${turns} ${turns === 1 ? 'turn' : 'turns'}`);
  return parts.join(', ');
}
