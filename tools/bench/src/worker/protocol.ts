import { type ClientName, type RoundMetrics } from '../shared/metrics';

/** The workloads, in the order a worker runs them. */
export const WORKLOAD_NAMES = ['sequential', 'concurrent', 'stream', 'tool', 'heap', 'discovery', 'lookups', 'embed', 'memory', 'telemetry'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** What the orchestrator passes a worker on its command line. */
export interface WorkerTask {
  client: ClientName;
  /** The client's entry module: a bundle in `.build/` or a peer adapter in `clients/`. */
  entry: string;
  baseUrl: string;
  quick: boolean;
  /** A subset to run (profiling one workload); none: the worker only times the import. */
  only: readonly WorkloadName[];
}

/** How an empty `only` travels on the command line. */
const IMPORT_ONLY = 'import-only';

/** When a worker imported its client or ran a workload, on the monotonic clock in µs (as CPU profiles are). */
export interface Phase {
  name: 'import' | WorkloadName;
  startUs: number;
  endUs: number;
}

/** The one message a worker sends back before it exits. */
export type WorkerReport =
  | { type: 'result'; client: ClientName; metrics: RoundMetrics; phases: Phase[] }
  /** `wrongAnswer`: the client answered, but not what the upstream said; such a client is void. */
  | { type: 'failure'; client: ClientName; wrongAnswer: boolean; message: string };

export const encodeTask = (task: WorkerTask): string[] => [
  task.client,
  task.entry,
  task.baseUrl,
  task.quick ? 'quick' : 'full',
  task.only.length === 0 ? IMPORT_ONLY : task.only.join(','),
];

export function isWorkloadName(name: string): name is WorkloadName {
  return (WORKLOAD_NAMES as readonly string[]).includes(name);
}

export function decodeTask(argv: readonly string[]): WorkerTask {
  const [client, entry, baseUrl, mode, only = WORKLOAD_NAMES.join(',')] = argv;
  const workloads = only === IMPORT_ONLY ? [] : only.split(',');
  if (!client || !entry || !baseUrl || (mode !== 'quick' && mode !== 'full') || !workloads.every(isWorkloadName)) {
    throw new Error(`usage: worker <client> <entry> <baseUrl> quick|full [${WORKLOAD_NAMES.join(',')}]`);
  }
  return { client: client as ClientName, entry, baseUrl, quick: mode === 'quick', only: workloads };
}
