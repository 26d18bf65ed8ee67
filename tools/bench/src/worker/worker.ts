import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { WrongAnswer } from '../shared/answers';
import { type RoundMetrics } from '../shared/metrics';
import { type CreateClient } from '../clients/bench-client';
import { FULL_PLAN, QUICK_PLAN } from './plan';
import { type Phase, type WorkerReport, type WorkloadName, decodeTask } from './protocol';
import {
  type WorkloadRun,
  concurrent,
  discovery,
  embeddings,
  longStreamHeap,
  lookups,
  memoryCalls,
  sequential,
  stream,
  telemetryCalls,
  toolRoundTrip,
} from './workloads';

type Workload = (run: WorkloadRun) => RoundMetrics | Promise<RoundMetrics>;

const peakRss: Workload = () => ({ peakRssMB: process.resourceUsage().maxRSS / 1024 });

/**
 * In order. Peak RSS is read before discovery and the look-ups, which only modelgate and the floor run, so
 * their catalogues do not weigh on the comparison.
 */
const WORKLOADS: readonly (readonly [WorkloadName, Workload])[] = [
  ['sequential', sequential],
  ['concurrent', concurrent],
  ['stream', stream],
  ['tool', toolRoundTrip],
  ['heap', async (run) => ({ ...(await longStreamHeap(run)), ...peakRss(run) })],
  ['discovery', discovery],
  ['lookups', lookups],
  ['embed', embeddings],
  ['memory', memoryCalls],
  ['telemetry', telemetryCalls],
];

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Our bundles are CommonJS (so are the root packages they load) and are required as such; `import()` of a
 * CommonJS file would add a lexer pass over the bundle that no user pays. The peers are ES modules.
 */
async function load(entry: string): Promise<{ createClient: CreateClient }> {
  if (entry.endsWith('.cjs')) return createRequire(import.meta.url)(entry) as { createClient: CreateClient };
  return (await import(pathToFileURL(entry).href)) as { createClient: CreateClient };
}

/** One client, one fresh process, one round: import the client's entry (timed), then the workloads. */
async function main(): Promise<{ metrics: RoundMetrics; phases: Phase[] }> {
  const task = decodeTask(process.argv.slice(2));
  const plan = task.quick ? QUICK_PLAN : FULL_PLAN;
  const phases: Phase[] = [];
  let startUs = monotonicUs();
  const started = performance.now();
  const entry = await load(task.entry);
  const metrics: RoundMetrics = { importMs: performance.now() - started };
  phases.push({ name: 'import', startUs, endUs: monotonicUs() });
  const createClient = (options: { telemetry?: boolean } = {}) => entry.createClient({ baseUrl: task.baseUrl, ...options });
  const run: WorkloadRun = { client: await createClient(), createClient, plan, baseUrl: task.baseUrl };
  for (const [name, workload] of WORKLOADS) {
    if (!task.only.includes(name)) continue;
    startUs = monotonicUs();
    Object.assign(metrics, await workload(run));
    phases.push({ name, startUs, endUs: monotonicUs() });
  }
  return { metrics, phases };
}

function report(message: WorkerReport): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(message), resolve())));
}

const { client } = decodeTask(process.argv.slice(2));
main().then(
  async ({ metrics, phases }) => {
    await report({ type: 'result', client, metrics, phases });
    process.exit(0);
  },
  async (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await report({ type: 'failure', client, wrongAnswer: error instanceof WrongAnswer, message });
    process.exit(1);
  },
);
