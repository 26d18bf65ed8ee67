import { BASELINE_CLIENT, METRICS, METRIC_NAMES, type MetricName } from './metrics';
import { type ClientSummary, type Summary } from './stats';
import { type TargetOutcome } from './targets';

/** Everything `latest.json` holds; the markdown report is rendered from it alone. */
export interface BenchResults {
  env: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    totalMemoryGB: number;
    /** os.loadavg() (1, 5, 15 minutes) before the first and after the last round. */
    loadStart: number[];
    loadEnd: number[];
    rounds: number;
    quick: boolean;
    startedAt: string;
    durationS: number;
  };
  versions: Record<string, string>;
  clients: Record<string, ClientSummary>;
  ratios: Record<string, Partial<Record<MetricName, number>>>;
  /** Clients with a wrong answer or a crash, and why; they have no numbers. */
  void: Record<string, string>;
  targets: TargetOutcome[];
}

const cell = (summary: Summary | undefined, digits: number): string => {
  if (!summary) return '–';
  const f = (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
};

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [row(header), row(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)];
}

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');

/**
 * modelgate's own cost per plain call: the difference to the SDK with `fetch` answered from memory, next to
 * the SDK's whole CPU per request over loopback. The part of the non-streaming cost that is modelgate's alone,
 * free of the network's noise.
 */
function ownCost(clients: BenchResults['clients']): string[] {
  const ours = clients['modelgate']?.memoryCallUs?.median;
  const sdk = clients[BASELINE_CLIENT]?.memoryCallUs?.median;
  const perRequest = clients[BASELINE_CLIENT]?.cpuUsPerRequest?.median;
  if (ours === undefined || sdk === undefined || perRequest === undefined) return [];
  const added = ours - sdk;
  return [
    "## modelgate's own cost per plain call",
    '',
    `${added.toFixed(1)} µs of CPU over the ${BASELINE_CLIENT} SDK with fetch answered from memory: ` +
      `${((100 * added) / perRequest).toFixed(1)}% of the SDK's CPU per request over loopback (${perRequest.toFixed(0)} µs).`,
    '',
  ];
}

export function renderMarkdown(results: BenchResults): string {
  const names = [...Object.keys(results.clients), ...Object.keys(results.void)];
  const metrics = METRIC_NAMES.filter((metric) => names.some((name) => results.clients[name]?.[metric]));
  const { env } = results;

  const measured = table(
    ['metric', ...names],
    metrics.map((metric) => [
      `${METRICS[metric].label} (${METRICS[metric].unit})`,
      ...names.map((name) => (results.void[name] ? 'void' : cell(results.clients[name]?.[metric], METRICS[metric].digits))),
    ]),
  );
  const ratioNames = names.filter((name) => results.ratios[name]);
  const ratios = table(
    ['metric', ...ratioNames],
    metrics
      .filter((metric) => ratioNames.some((name) => results.ratios[name]?.[metric] !== undefined))
      .map((metric) => [METRICS[metric].label, ...ratioNames.map((name) => results.ratios[name]?.[metric]?.toFixed(2) ?? '–')]),
  );
  const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT met');

  return [
    `# modelgate bench${env.quick ? ' (quick: not for numbers)' : ''}`,
    '',
    `${env.startedAt}, ${env.rounds} rounds, ${env.durationS.toFixed(0)} s; Node ${env.node} on ${env.platform}, ` +
      `${env.cpus} x ${env.cpuModel}, ${env.totalMemoryGB.toFixed(1)} GB.`,
    `Load average (1/5/15 min): ${load(env.loadStart)} at start, ${load(env.loadEnd)} at end.`,
    '',
    `Versions: ${Object.entries(results.versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
    '',
    '## Median (min–max) over rounds, each client in a fresh process per round',
    '',
    ...measured,
    '',
    `## Cost relative to the ${BASELINE_CLIENT} SDK (median / median; >1 is slower or heavier)`,
    '',
    ...ratios,
    '',
    ...ownCost(results.clients),
    '## Targets (modelgate)',
    '',
    ...results.targets.map((outcome) => `- ${mark(outcome.met)}: ${outcome.target} (${outcome.detail})`),
    ...(Object.keys(results.void).length > 0
      ? ['', '## Void clients', '', ...Object.entries(results.void).map(([name, why]) => `- ${name}: ${why}`)]
      : []),
    '',
  ].join('\n');
}
