import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Service } from './processes/service';
import { type AccessLog, countBy } from './report/access-log';
import { resultTable, sumChats, summaryLine } from './report/summary';
import { appFailoverScenario } from './scenarios/app-failover';
import { discoveryScenario } from './scenarios/discovery';
import { loadScenario } from './scenarios/load';
import { rateLimitScenario } from './scenarios/rate-limit';
import { replicaFailoverScenario } from './scenarios/replica-failover';
import { type Scenario, type ScenarioResult } from './scenarios/scenario';
import { ensureLitellm } from './stack/litellm-install';
import { startStack, type Stack } from './stack/stack';

export interface ScaleOptions {
  /** The repository root. */
  readonly root: string;
  /** Chats of the load scenario. */
  readonly chats: number;
  readonly rpm: number;
  /** The whole run, set-up and clean-up included, is stopped as failed past this. */
  readonly deadlineMs: number;
  readonly log?: (line: string) => void;
}

const signalExits = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * The scale run: the pinned LiteLLM install, the stack started, the scenarios one after another, a table and
 * the summary line. Resolves to the exit code; everything started is stopped on success, on failure, at the
 * deadline and on SIGINT/SIGTERM, and killed outright if the process exits any other way.
 */
export async function runScale(options: ScaleOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const began = performance.now();
  const elapsed = () => `${((performance.now() - began) / 1000).toFixed(1)} s`;
  const workDir = await mkdtemp(join(tmpdir(), 'modelgate-scale-'));
  const stops: Array<() => Promise<void>> = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
      await rm(workDir, { recursive: true, force: true });
    })());
  const handlers = Object.entries(signalExits).map(([signal, code]) => {
    const handler = () => {
      log(`scale: ${signal} received, stopping everything`);
      void stopAll().finally(() => process.exit(code));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  process.once('exit', Service.killAllNow);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      log(`scale: the run passed its deadline of ${options.deadlineMs / 1000} s, stopping everything`);
      resolve(1);
    }, options.deadlineMs);
  });
  try {
    return await Promise.race([run(options, workDir, stops, log, elapsed, () => stopping !== undefined), deadline]);
  } catch (error) {
    log(`scale: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    await stopAll();
    log(`scale: everything stopped, ${elapsed()} in all`);
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    process.removeListener('exit', Service.killAllNow);
  }
}

async function run(
  options: ScaleOptions,
  workDir: string,
  stops: Array<() => Promise<void>>,
  log: (line: string) => void,
  elapsed: () => string,
  stopped: () => boolean,
): Promise<number> {
  const litellm = await ensureLitellm(options.root);
  log(`scale: LiteLLM ${litellm.version} from the conformance suite's pinned install (${litellm.seconds.toFixed(2)} s)`);
  const stack = await startStack({ root: options.root, workDir, litellm, rpm: options.rpm, log }, stops);
  log(`scale: stack ready after ${elapsed()}:\n${stack.processes.map((line) => `  ${line}`).join('\n')}`);
  const scenarios: Scenario[] = [
    loadScenario(options.chats),
    discoveryScenario,
    rateLimitScenario(options.rpm),
    replicaFailoverScenario,
    appFailoverScenario,
  ];
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    // After a signal or the deadline the stack is going away: a scenario run now would only fail.
    if (stopped()) return 1;
    const started = performance.now();
    const result = await scenario.run(stack).catch(
      (error: unknown): ScenarioResult => ({ name: scenario.name, passed: false, figures: `threw: ${error instanceof Error ? error.message : String(error)}` }),
    );
    results.push({ ...result, figures: `${result.figures} [${((performance.now() - started) / 1000).toFixed(1)} s]` });
    if (stopped()) return 1;
    log(`scale: ${result.passed ? 'pass' : 'FAIL'} ${result.name} (after ${elapsed()})`);
  }
  log(resultTable(results));
  log(summaryLine({ ...sumChats(results), ...(await instanceCounts(stack)) }));
  return results.every((result) => result.passed) ? 0 : 1;
}

/** Over the whole run, from the balancer's own logs: model calls per replica, chats per app instance. */
async function instanceCounts(stack: Stack): Promise<{ replicas: number[]; apps: number[] }> {
  const read = async (log: AccessLog, uri: string) => (await log.take()).filter((request) => request.method === 'POST' && request.uri === uri);
  const replicaCalls = countBy(await read(stack.replicaLog.fromStart(), '/v1/chat/completions'), stack.replicas);
  const appChats = countBy(await read(stack.appLog.fromStart(), '/api/providers'), stack.apps);
  return {
    replicas: stack.replicas.map((replica) => replicaCalls.get(replica.name) ?? 0),
    apps: stack.apps.map((app) => appChats.get(app.name) ?? 0),
  };
}
