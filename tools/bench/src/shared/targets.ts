import { METRICS, type MetricName } from './metrics';
import { type ClientSummary, costRatio } from './stats';

export interface TargetOutcome {
  target: string;
  /** `null`: could not be judged (a client it compares with did not run or was void). */
  met: boolean | null;
  detail: string;
}

/** Workloads on which modelgate must beat each peer. */
export const SPEED_METRICS: readonly MetricName[] = [
  'seqRps',
  'conc16Rps',
  'stream2000Ms',
  'toolRoundTripMs',
  'cpuUsPerRequest',
  'importMs',
];

/**
 * "Flat": what a client keeps per chunk of an open stream. The answer text itself (a few bytes a chunk) must
 * be kept until the end, anything per chunk beyond that (event objects, parsed frames) is a leak. 64 bytes
 * a chunk over the 90,000 chunks between the two samples is about 5.6 MB. After the stream, the same limit
 * holds for what is kept for good.
 */
const SUBJECT = 'modelgate';

export const FLAT_HEAP_BYTES_PER_CHUNK = 64;
const FLAT_HEAP_KB = (FLAT_HEAP_BYTES_PER_CHUNK * 90_000) / 1024;

function flatHeap(summary: ClientSummary | undefined): TargetOutcome {
  const target = `heap over a 100,000-chunk stream: flat (at most ${FLAT_HEAP_BYTES_PER_CHUNK} bytes a chunk, during and after)`;
  const during = summary?.heapGrowthKB?.median;
  const after = summary?.heapRetainedKB?.median;
  if (during === undefined || after === undefined) return { target, met: null, detail: `no ${SUBJECT} result` };
  return {
    target,
    met: during <= FLAT_HEAP_KB && after <= FLAT_HEAP_KB,
    detail: `grew ${during.toFixed(0)} KB while open, kept ${after.toFixed(0)} KB after`,
  };
}

/** Spans and metrics of a call, to in-memory exporters: at most 5% more CPU than the same call untraced. */
export const TRACED_CALL_LIMIT = 1.05;

function tracedCall(summary: ClientSummary | undefined): TargetOutcome {
  const target = `CPU per plain call with an SDK tracer and meter registered: at most ${TRACED_CALL_LIMIT}x without`;
  const on = summary?.otelOnCallUs?.median;
  const off = summary?.otelOffCallUs?.median;
  if (on === undefined || off === undefined) return { target, met: null, detail: `no ${SUBJECT} result` };
  const alone = summary?.otelSdkAloneUs?.median;
  // The SDK's own share of a traced call, its spans and records alone, as a share of the untraced call.
  const floor = alone === undefined ? '' : `; the SDK alone ${alone.toFixed(1)} µs, ${((alone / off) * 100).toFixed(0)}% of the untraced call`;
  return { target, met: on <= off * TRACED_CALL_LIMIT, detail: `${(on / off).toFixed(2)}x (${on.toFixed(1)} against ${off.toFixed(1)} µs)${floor}` };
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

/** The targets for modelgate, judged on medians of the same run. */
export function evaluateTargets(clients: Readonly<Record<string, ClientSummary>>): TargetOutcome[] {
  const us = clients[SUBJECT];
  const median = (client: string, metric: MetricName) => clients[client]?.[metric]?.median;

  const relative = (metric: MetricName, reference: string, limit: number): TargetOutcome => {
    const target = `${METRICS[metric].label}: at most ${limit}x ${reference}`;
    const ratio = costRatio(metric, median(SUBJECT, metric), median(reference, metric));
    if (ratio === null) return { target, met: null, detail: `no ${us ? reference : SUBJECT} result` };
    return { target, met: ratio <= limit, detail: `${fmt(ratio)}x` };
  };

  const offset = (metric: MetricName, reference: string, extra: number): TargetOutcome => {
    const target = `${METRICS[metric].label}: at most ${reference}'s plus ${extra} ${METRICS[metric].unit}`;
    const ours = median(SUBJECT, metric);
    const theirs = median(reference, metric);
    if (ours === undefined || theirs === undefined) return { target, met: null, detail: `no ${us ? reference : SUBJECT} result` };
    const digits = METRICS[metric].digits;
    return { target, met: ours <= theirs + extra, detail: `${fmt(ours, digits)} against ${fmt(theirs, digits)} ${METRICS[metric].unit}` };
  };

  const absolute = (metric: MetricName, limit: number, label: string): TargetOutcome => {
    const value = median(SUBJECT, metric);
    const target = `${METRICS[metric].label}: ${label}`;
    if (value === undefined) return { target, met: null, detail: `no ${SUBJECT} result` };
    return { target, met: value <= limit, detail: `${fmt(value, METRICS[metric].digits)} ${METRICS[metric].unit}` };
  };

  const faster = (peer: string): TargetOutcome => {
    const target = `faster than ${peer} on every workload`;
    if (!us || !clients[peer]) return { target, met: null, detail: `no ${us ? peer : SUBJECT} result` };
    const ratios = SPEED_METRICS.map((metric) => [metric, costRatio(metric, median(SUBJECT, metric), median(peer, metric))] as const);
    const judged = ratios.filter((entry): entry is readonly [MetricName, number] => entry[1] !== null);
    const slower = judged.filter(([, ratio]) => ratio >= 1).map(([metric, ratio]) => `${metric} ${fmt(ratio)}x`);
    return {
      target,
      met: judged.length === SPEED_METRICS.length && slower.length === 0,
      detail: slower.length > 0 ? `slower on ${slower.join(', ')}` : `${judged.length} of ${SPEED_METRICS.length} workloads compared`,
    };
  };

  return [
    relative('seqRps', 'openai', 1.05),
    relative('conc16Rps', 'openai', 1.05),
    relative('cpuUsPerRequest', 'openai', 1.05),
    relative('stream2000Ms', 'openai', 1.05),
    // Against the SDK's own tool loop (`runTools`), which the openai client of the bench runs.
    relative('toolRoundTripMs', 'openai', 1.05),
    offset('importMs', 'openai', 40),
    absolute('discoveryWorkMs', 20, 'at most 20 ms'),
    tracedCall(us),
    flatHeap(us),
    faster('ai-sdk'),
    faster('langchain'),
  ];
}
