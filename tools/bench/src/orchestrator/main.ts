import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type ClientName, type RoundMetrics } from '../shared/metrics';
import { type BenchResults, renderMarkdown } from '../shared/report';
import { type ClientSummary, ratiosAgainst, summarizeRounds } from '../shared/stats';
import { evaluateTargets } from '../shared/targets';
import { type WorkerReport, type WorkerTask, WORKLOAD_NAMES } from '../worker/protocol';
import { parseArgs } from './args';
import { type BenchPaths, benchPaths, clientEntry } from './paths';
import { startUpstream, runWorker } from './processes';
import { profileClient } from './profile-run';
import { readVersions } from './versions';

const short = (metrics: RoundMetrics) =>
  [
    metrics.seqRps && `${metrics.seqRps.toFixed(0)} req/s`,
    metrics.conc16Rps && `${metrics.conc16Rps.toFixed(0)} req/s x16`,
    metrics.stream2000Ms && `stream ${metrics.stream2000Ms.toFixed(1)} ms`,
    metrics.toolRoundTripMs && `tool ${metrics.toolRoundTripMs.toFixed(2)} ms`,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * A round of one client, then its import once more in a fresh process with Node's compile cache warm (the
 * first such process of a run fills the client's cache folder and is not counted).
 */
async function withCachedImport(paths: BenchPaths, task: WorkerTask): Promise<WorkerReport> {
  const report = await runWorker(paths, task, []);
  if (report.type === 'failure') return report;
  const cache = join(paths.build, 'compile-cache', task.client);
  const importOnly = { ...task, only: [] };
  if (!existsSync(cache)) await runWorker(paths, importOnly, [], cache);
  const cached = await runWorker(paths, importOnly, [], cache);
  if (cached.type === 'failure') return cached;
  return { ...report, metrics: { ...report.metrics, importCachedMs: cached.metrics.importMs } };
}

/**
 * The bench: one upstream process, then every client in a fresh worker per round, the order rotated each
 * round so no client always runs first (or last, on a warmer or busier machine). Exits non-zero only for a
 * void client or a crash, never for a timing.
 */
export async function runBench(options: { root: string; bench: string; argv: readonly string[] }): Promise<number> {
  const args = parseArgs(options.argv);
  const paths = benchPaths(options.root, options.bench);
  mkdirSync(paths.results, { recursive: true });
  // Each run fills its own compile caches: one left by an earlier build would make the first import warm.
  rmSync(join(paths.build, 'compile-cache'), { recursive: true, force: true });
  const upstream = await startUpstream(paths);
  try {
    if (args.profile) {
      for (const client of args.profile) console.log(await profileClient(paths, upstream.baseUrl, client, args.quick, args.only));
      return 0;
    }
    const startedAt = new Date();
    const loadStart = loadavg();
    const rounds = new Map<ClientName, RoundMetrics[]>(args.clients.map((client) => [client, []]));
    const voided: Record<string, string> = {};
    for (let round = 0; round < args.rounds; round++) {
      const order = args.clients.map((_, i) => args.clients[(i + round) % args.clients.length]);
      for (const client of order) {
        if (voided[client]) continue;
        const task = { client, entry: clientEntry(paths, client), baseUrl: upstream.baseUrl, quick: args.quick, only: WORKLOAD_NAMES };
        const report = await withCachedImport(paths, task);
        const prefix = `round ${round + 1}/${args.rounds} ${client.padEnd(18)}`;
        if (report.type === 'failure') {
          voided[client] = `${report.wrongAnswer ? 'wrong answer' : 'failed'} in round ${round + 1}: ${report.message}`;
          console.log(`${prefix} VOID ${voided[client]}`);
        } else {
          rounds.get(client)?.push(report.metrics);
          console.log(`${prefix} ${short(report.metrics)}`);
        }
      }
    }
    const clients: Record<string, ClientSummary> = {};
    for (const [client, metrics] of rounds) if (!voided[client]) clients[client] = summarizeRounds(metrics);
    const results: BenchResults = {
      env: {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        totalMemoryGB: totalmem() / 1024 ** 3,
        loadStart,
        loadEnd: loadavg(),
        rounds: args.rounds,
        quick: args.quick,
        startedAt: startedAt.toISOString(),
        durationS: (Date.now() - startedAt.getTime()) / 1000,
      },
      versions: readVersions(paths, args.baseline),
      clients,
      ratios: ratiosAgainst(clients),
      void: voided,
      targets: evaluateTargets(clients),
    };
    const markdown = renderMarkdown(results);
    writeFileSync(join(paths.results, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(paths.results, 'latest.md'), markdown);
    console.log(`\n${markdown}`);
    return Object.keys(voided).length > 0 ? 1 : 0;
  } finally {
    await upstream.stop();
  }
}
