/** Whether a bigger number is better (throughput) or worse (time, CPU, memory). */
export type Direction = 'higher-is-better' | 'lower-is-better';

export interface MetricSpec {
  label: string;
  unit: string;
  direction: Direction;
  /** Decimals shown in the table. */
  digits: number;
  /** No cost ratio: the number hovers around zero (heap growth), so a ratio of two would be noise. */
  noRatio?: true;
}

/** Every number a worker reports, in the order the table shows them. */
export const METRICS = {
  seqRps: { label: 'sequential, non-streaming', unit: 'req/s', direction: 'higher-is-better', digits: 0 },
  conc16Rps: { label: '16 concurrent, non-streaming', unit: 'req/s', direction: 'higher-is-better', digits: 0 },
  stream2000Ms: { label: '2,000-chunk stream', unit: 'ms', direction: 'lower-is-better', digits: 2 },
  toolRoundTripMs: { label: 'two-turn tool round trip', unit: 'ms', direction: 'lower-is-better', digits: 3 },
  cpuUsPerRequest: { label: 'CPU per request (sequential)', unit: 'µs', direction: 'lower-is-better', digits: 0 },
  memoryCallUs: {
    label: 'CPU per plain call, fetch answered from memory',
    unit: 'µs',
    direction: 'lower-is-better',
    digits: 1,
  },
  otelOffCallUs: {
    label: 'CPU per plain call from memory, no OpenTelemetry SDK registered',
    unit: 'µs',
    direction: 'lower-is-better',
    digits: 1,
  },
  otelOnCallUs: {
    label: 'CPU per plain call from memory, SDK tracer and meter with in-memory exporters',
    unit: 'µs',
    direction: 'lower-is-better',
    digits: 1,
  },
  otelSdkAloneUs: {
    label: "the SDK alone: one traced plain call's spans, trace header and metric records replayed",
    unit: 'µs',
    direction: 'lower-is-better',
    digits: 1,
  },
  peakRssMB: { label: 'peak RSS', unit: 'MB', direction: 'lower-is-better', digits: 1 },
  importMs: { label: 'import of the entry point', unit: 'ms', direction: 'lower-is-better', digits: 1 },
  importCachedMs: {
    label: "import of the entry point, Node's compile cache warm",
    unit: 'ms',
    direction: 'lower-is-better',
    digits: 1,
  },
  heapGrowthKB: { label: 'heap growth, 100,000-chunk stream', unit: 'KB', direction: 'lower-is-better', digits: 0, noRatio: true },
  heapRetainedKB: {
    label: 'heap kept after a 100,000-chunk stream',
    unit: 'KB',
    direction: 'lower-is-better',
    digits: 0,
    noRatio: true,
  },
  discoveryMs: { label: 'discovery of 5,000 models, end to end', unit: 'ms', direction: 'lower-is-better', digits: 2 },
  discoveryWorkMs: {
    label: 'discovery of 5,000 models: parse, validate, register',
    unit: 'ms',
    direction: 'lower-is-better',
    digits: 2,
  },
  lookups1MMs: { label: '1,000,000 model look-ups (10,000 models)', unit: 'ms', direction: 'lower-is-better', digits: 1 },
  embed10kMs: { label: 'embeddings of 10,000 short texts (256 dims), wall', unit: 'ms', direction: 'lower-is-better', digits: 1 },
  embed10kCpuMs: { label: 'embeddings of 10,000 short texts, CPU', unit: 'ms', direction: 'lower-is-better', digits: 1 },
  embed10kHeapMB: {
    label: 'embeddings of 10,000 short texts, heap held by the result',
    unit: 'MB',
    direction: 'lower-is-better',
    digits: 1,
  },
} as const satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof METRICS;

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export const metricSpec = (name: MetricName): MetricSpec => METRICS[name];

/** What one worker process measured in one round; a client leaves out what it cannot do. */
export type RoundMetrics = Partial<Record<MetricName, number>>;

/** The clients in table order: the floor, what we wrap, us, then the peers. */
export const CLIENT_NAMES = ['fetch', 'openai', 'modelgate', 'ai-sdk', 'langchain'] as const;

/**
 * modelgate as an earlier commit built it (`--baseline <ref>`): before and after a change, side by side in
 * the same run. Never a default client.
 */
export const BASELINE_MODELGATE = 'modelgate-baseline';

export type ClientName = (typeof CLIENT_NAMES)[number] | typeof BASELINE_MODELGATE;

/** Ratios are cost relative to this client. */
export const BASELINE_CLIENT: ClientName = 'openai';

export function isClientName(name: string): name is ClientName {
  return (CLIENT_NAMES as readonly string[]).includes(name) || name === BASELINE_MODELGATE;
}
