import {
  EMBEDDING_DIMENSIONS,
  EXPECTED_TOOL_ANSWER,
  StreamCheck,
  TOOL,
  WrongAnswer,
  checkAnswer,
  embeddingText,
  expectedStreamText,
  plainAnswer,
  plainPrompt,
  streamPrompt,
} from '../shared/answers';
import { type RoundMetrics } from '../shared/metrics';
import { median } from '../shared/stats';
import { CATALOGUE_SIZE } from '../upstream/model-catalogue';
import { type BenchClient } from '../clients/bench-client';
import { memoryFetch } from './memory-fetch';
import { type WorkloadPlan } from './plan';

/** What every workload gets: the client under test, how much to do, and the upstream (for floors). */
export interface WorkloadRun {
  client: BenchClient;
  /** Another client of the same library, made now (for workloads that change what it is made with). */
  createClient: (options?: { telemetry?: boolean }) => Promise<BenchClient>;
  plan: WorkloadPlan;
  baseUrl: string;
}

const seconds = (sinceMs: number) => (performance.now() - sinceMs) / 1000;

function collectGarbage(): void {
  if (typeof globalThis.gc !== 'function') throw new Error('The worker must run with --expose-gc');
  globalThis.gc();
}

async function timedRuns(runs: number, warmup: number, run: () => Promise<void>): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Sequential plain requests: throughput, and the client's own CPU per request (the upstream is elsewhere). */
export async function sequential({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  for (let i = 0; i < plan.warmupRequests; i++) checkAnswer('warm-up', await client.chat(plainPrompt(i)), plainAnswer(i));
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < plan.sequentialRequests; i++) {
    checkAnswer('sequential', await client.chat(plainPrompt(i)), plainAnswer(i));
  }
  const elapsed = seconds(started);
  const used = process.cpuUsage(cpu);
  return { seqRps: plan.sequentialRequests / elapsed, cpuUsPerRequest: (used.user + used.system) / plan.sequentialRequests };
}

export async function concurrent({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  let next = 0;
  const lane = async () => {
    while (next < plan.concurrentRequests) {
      const i = next++;
      checkAnswer('concurrent', await client.chat(plainPrompt(i)), plainAnswer(i));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.concurrency }, lane));
  return { conc16Rps: plan.concurrentRequests / seconds(started) };
}

export async function stream({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  const expected = expectedStreamText(plan.streamChunks);
  const ms = await timedRuns(plan.streamRuns, 2, async () => {
    let text = '';
    await client.stream(streamPrompt(plan.streamChunks), (delta) => (text += delta));
    checkAnswer('2,000-chunk stream', text, expected);
  });
  return { stream2000Ms: ms };
}

export async function toolRoundTrip({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  const ms = await timedRuns(plan.toolRuns, 5, async () => {
    checkAnswer('tool round trip', await client.toolRoundTrip(TOOL.prompt), EXPECTED_TOOL_ANSWER);
  });
  return { toolRoundTripMs: ms };
}

/**
 * Live heap once finalizers have run too: undici frees response bodies through a FinalizationRegistry, whose
 * callbacks run as tasks after a collection, so one GC alone leaves earlier workloads' garbage counted.
 */
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Live heap (after a full GC) once a tenth of a long stream has arrived and again at its last delta, while
 * the stream is still open: what a client keeps per chunk shows as growth. Then once more after the stream:
 * what it keeps for good. The check itself keeps nothing.
 */
export async function longStreamHeap({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  const expected = expectedStreamText(plan.longStreamChunks);
  const check = new StreamCheck('100,000-chunk stream', expected);
  let early: number | null = null;
  let late: number | null = null;
  const liveHeap = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const before = await settledHeap();
  await client.stream(streamPrompt(plan.longStreamChunks), (delta) => {
    check.push(delta);
    if (early === null && check.received >= expected.length / 10) early = liveHeap();
    else if (check.complete) late = liveHeap();
  });
  check.finish();
  const after = await settledHeap();
  if (early === null || late === null) throw new Error('The long stream arrived in too few deltas to sample the heap');
  return { heapGrowthKB: (late - early) / 1024, heapRetainedKB: (after - before) / 1024 };
}

/** The transfer alone: both bodies fetched in parallel and read as text, no JSON parsed. */
async function fetchCatalogue(baseUrl: string): Promise<void> {
  const read = async (path: string) => (await fetch(`${baseUrl}${path}`)).text();
  await Promise.all([read('/v1/models'), read('/model/info')]);
}

/**
 * Discovery end to end, and its own work (parse, validate, register): each run minus a transfer-only
 * fetch of the same two bodies made right before it in the same process, so the loopback transfer of
 * several MB is not counted as discovery's cost.
 */
export async function discovery({ client, plan, baseUrl }: WorkloadRun): Promise<RoundMetrics> {
  const { discover } = client;
  if (!discover) return {};
  const totals: number[] = [];
  const work: number[] = [];
  for (let run = -2; run < plan.discoveryRuns; run++) {
    let started = performance.now();
    await fetchCatalogue(baseUrl);
    const transfer = performance.now() - started;
    started = performance.now();
    const count = await discover();
    const total = performance.now() - started;
    if (count !== CATALOGUE_SIZE) throw new Error(`discovery found ${count} models, expected ${CATALOGUE_SIZE}`);
    if (run < 0) continue;
    totals.push(total);
    work.push(total - transfer);
  }
  return { discoveryMs: median(totals), discoveryWorkMs: median(work) };
}

export function lookups({ client, plan }: WorkloadRun): RoundMetrics {
  if (!client.registerModels || !client.resolveModels) return {};
  const ids = client.registerModels(plan.lookupModels);
  const rounds = plan.lookups / ids.length;
  client.resolveModels(ids, Math.max(1, rounds / 10));
  const started = performance.now();
  const resolved = client.resolveModels(ids, rounds);
  const ms = performance.now() - started;
  if (resolved !== plan.lookups) throw new Error(`${resolved} of ${plan.lookups} look-ups found the provider`);
  return { lookups1MMs: ms };
}

/**
 * The client's own CPU per plain call, with `fetch` answering from memory: the network and the upstream are
 * where most of a real request's time and its noise come from, and a difference of a few percent between
 * clients drowns in them on a small machine. A fresh client is made after `fetch` is swapped, since some
 * (the openai SDK) keep the `fetch` they were made with. Last in the worker: the swap is undone after, but
 * nothing else should run in a process that had it.
 */
export async function memoryCalls({ createClient, plan }: WorkloadRun): Promise<RoundMetrics> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = memoryFetch();
  try {
    const client = await createClient();
    for (let i = 0; i < plan.memoryWarmup; i++) checkAnswer('warm-up from memory', await client.chat(plainPrompt(i)), plainAnswer(i));
    const cpu = process.cpuUsage();
    for (let i = 0; i < plan.memoryCalls; i++) {
      checkAnswer('plain call from memory', await client.chat(plainPrompt(i)), plainAnswer(i));
    }
    const used = process.cpuUsage(cpu);
    return { memoryCallUs: (used.user + used.system) / plan.memoryCalls };
  } finally {
    globalThis.fetch = networkFetch;
  }
}

/** Every vector the right length, the n-th one's first value n: nothing lost, nothing out of order. */
function checkVectors(vectors: readonly (readonly number[])[], count: number): void {
  if (vectors.length !== count) throw new WrongAnswer(`embeddings: ${vectors.length} vectors for ${count} texts`);
  for (const [index, vector] of vectors.entries()) {
    if (vector.length !== EMBEDDING_DIMENSIONS || vector[0] !== index) {
      throw new WrongAnswer(`embeddings: vector ${index} starts ${vector[0]} with ${vector.length} values`);
    }
  }
}

/**
 * One call embedding 10,000 short texts (batched by the client, 2,048 a request, 4 in flight): the median
 * wall time and CPU of `embedRuns` calls, and the live heap the last call's result holds.
 */
export async function embeddings({ client, plan }: WorkloadRun): Promise<RoundMetrics> {
  const { embed } = client;
  if (!embed) return {};
  const texts = Array.from({ length: plan.embedTexts }, (_, index) => embeddingText(index));
  checkVectors(await embed(texts), texts.length);
  const walls: number[] = [];
  const cpus: number[] = [];
  let kept: readonly (readonly number[])[] = [];
  const before = await settledHeap();
  for (let run = 0; run < plan.embedRuns; run++) {
    kept = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    kept = await embed(texts);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    checkVectors(kept, texts.length);
  }
  const heldMB = ((await settledHeap()) - before) / (1024 * 1024);
  checkVectors(kept, texts.length);
  return { embed10kMs: median(walls), embed10kCpuMs: median(cpus), embed10kHeapMB: heldMB };
}

/** CPU µs of `calls` runs of a synchronous `work`, with a turn of the event loop every 50 so timers (the span batches) run too. */
async function cpuOfSyncCalls(work: () => void, calls: number): Promise<number> {
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    work();
    if (i % 50 === 49) await new Promise(setImmediate);
  }
  const used = process.cpuUsage(cpu);
  return used.user + used.system;
}

/**
 * What OpenTelemetry costs a plain call: modelgate without a registered SDK (the API's no-ops) against
 * modelgate with one (spans and metrics to in-memory exporters), `fetch` answering from memory, the two
 * clients alternating in blocks of the same process: a few percent is below the spread of separate processes.
 * A third block replays one traced call's spans, trace header and metric records through the SDK alone: the
 * SDK's own share, which no change to modelgate can take off.
 */
export async function telemetryCalls({ createClient, plan }: WorkloadRun): Promise<RoundMetrics> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = memoryFetch();
  try {
    const [off, on] = [await createClient(), await createClient({ telemetry: true })];
    if (!on.traced) return {};
    const cpuUs = [0, 0, 0];
    let call = 0;
    let replay: (() => void) | undefined;
    for (let block = -1; block < plan.telemetryBlocks; block++) {
      for (const [index, client] of [off, on].entries()) {
        const cpu = process.cpuUsage();
        for (let i = 0; i < plan.telemetryBlockCalls; i++, call++) {
          checkAnswer('plain call from memory', await client.chat(plainPrompt(call)), plainAnswer(call));
        }
        const used = process.cpuUsage(cpu);
        // The first block of each is warm-up.
        if (block >= 0) cpuUs[index] += used.user + used.system;
      }
      replay ??= await on.replayOneCall?.(plainPrompt(call++));
      if (replay) {
        const used = await cpuOfSyncCalls(replay, plan.telemetryBlockCalls);
        if (block >= 0) cpuUs[2] += used;
      }
    }
    const calls = plan.telemetryBlocks * plan.telemetryBlockCalls;
    return { otelOffCallUs: cpuUs[0] / calls, otelOnCallUs: cpuUs[1] / calls, ...(replay && { otelSdkAloneUs: cpuUs[2] / calls }) };
  } finally {
    globalThis.fetch = networkFetch;
  }
}
