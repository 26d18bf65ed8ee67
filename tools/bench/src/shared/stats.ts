import { BASELINE_CLIENT, METRIC_NAMES, type MetricName, type RoundMetrics, metricSpec } from './metrics';

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export type ClientSummary = Partial<Record<MetricName, Summary>>;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** One summary per metric over a client's rounds; a metric no round reported is left out. */
export function summarizeRounds(rounds: readonly RoundMetrics[]): ClientSummary {
  const summary: ClientSummary = {};
  for (const name of METRIC_NAMES) {
    const values = rounds.map((round) => round[name]).filter((value): value is number => value !== undefined);
    if (values.length > 0) summary[name] = summarize(values);
  }
  return summary;
}

/**
 * The cost of `value` relative to `reference` (>1: more expensive). Throughput is inverted, so a client half
 * as fast is 2 whatever the unit. `null` when either side is missing, the reference is zero, or the metric
 * has no meaningful ratio.
 */
export function costRatio(metric: MetricName, value: number | undefined, reference: number | undefined): number | null {
  if (value === undefined || reference === undefined || metricSpec(metric).noRatio) return null;
  const ratio = metricSpec(metric).direction === 'higher-is-better' ? reference / value : value / reference;
  return Number.isFinite(ratio) && reference !== 0 ? ratio : null;
}

/** Cost ratios of every client's medians against another client's medians, metric by metric. */
export function ratiosAgainst(
  clients: Readonly<Record<string, ClientSummary>>,
  baseline: string = BASELINE_CLIENT,
): Record<string, Partial<Record<MetricName, number>>> {
  const reference = clients[baseline];
  const ratios: Record<string, Partial<Record<MetricName, number>>> = {};
  if (!reference) return ratios;
  for (const [name, summary] of Object.entries(clients)) {
    const row: Partial<Record<MetricName, number>> = {};
    for (const metric of Object.keys(summary) as MetricName[]) {
      const ratio = costRatio(metric, summary[metric]?.median, reference[metric]?.median);
      if (ratio !== null) row[metric] = ratio;
    }
    ratios[name] = row;
  }
  return ratios;
}
