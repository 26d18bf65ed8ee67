import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewaySimulator, type GatewaySimulator } from '@modelgate/gateway-simulator';
import { startLitellmProxy, type RunningProxy } from './proxy/litellm-proxy';
import { upstreamModels } from './proxy/proxy-models';
import { litellmReleases, lockPathOf } from './releases';
import { formatResultTable, type ReleaseRun } from './runner/result-table';
import { runScenarios } from './runner/run-scenarios';
import { stopEverythingOnExit } from './runner/shutdown';
import type { ScenarioContext } from './scenarios/scenario';
import { abortScenario } from './scenarios/abort';
import { attributionScenarios } from './scenarios/attribution';
import { costHeaderScenario } from './scenarios/cost-header';
import { credentialsScenario, noMasterKeyScenarios } from './scenarios/credentials';
import { embeddingScenarios } from './scenarios/embeddings';
import { discoveryScenario } from './scenarios/discovery';
import { gatewayErrorScenarios } from './scenarios/gateway-errors';
import { midstreamErrorScenario } from './scenarios/midstream-error';
import { modelCatalogScenarios } from './scenarios/model-catalog';
import { plainChatScenario } from './scenarios/plain-chat';
import type { Scenario } from './scenarios/scenario';
import { smokeScenarios } from './scenarios/smoke';
import { streamingUsageScenario } from './scenarios/streaming-usage';
import { structuredOutputScenario } from './scenarios/structured-output';
import { timeoutScenario } from './scenarios/timeout';
import { toolLoopScenarios } from './scenarios/tool-loop';
import { unknownModelScenario } from './scenarios/unknown-model';
import { unpricedModelScenario } from './scenarios/unpriced-model';
import { upstreamScenarios } from './scenarios/upstream-behaviour';
import { wireDetailScenarios } from './scenarios/wire-details';
import { wrongKeyScenario } from './scenarios/wrong-key';
import { ensureVenv } from './venv/ensure-venv';
import { defaultPythonCandidates, findPython } from './venv/find-python';
import { SetupError } from './venv/setup-error';
import { cacheRoot, pinnedLitellmVersion } from './venv/venv-location';

export interface MainOptions {
  /** The repository root. */
  readonly root: string;
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

const log = (line: string) => console.log(line);

/** The scenarios that go through `createModelgate` as apps do, in the order the table shows them. */
const providerScenarios: readonly Scenario[] = [
  discoveryScenario,
  wrongKeyScenario,
  credentialsScenario,
  unknownModelScenario,
  plainChatScenario,
  streamingUsageScenario,
  ...toolLoopScenarios,
  structuredOutputScenario,
  ...gatewayErrorScenarios,
  midstreamErrorScenario,
  costHeaderScenario,
  unpricedModelScenario,
  timeoutScenario,
  abortScenario,
  ...modelCatalogScenarios,
  ...upstreamScenarios,
  ...wireDetailScenarios,
  ...attributionScenarios,
  ...embeddingScenarios,
];

/**
 * The conformance run, for each release in `releases.ts` one after the other: its pinned LiteLLM install
 * (cached), the gateway simulator as the upstream, a proxy started for it in front of that, the scenarios
 * against the proxy; then one result table with a column per release. Resolves to the exit code.
 * `--venv-only` stops after the installs; `--release <version>` runs only that release.
 *
 * Environment: CONFORMANCE_PYTHON (an interpreter to use), XDG_CACHE_HOME (where the venv lives).
 */
export async function main(options: MainOptions): Promise<number> {
  try {
    return await run(options);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    console.error(`conformance: ${error.message}`);
    console.error('The Node-only tests need neither Python nor LiteLLM: npm run test:node');
    return 1;
  }
}

async function run({ root, argv, env }: MainOptions): Promise<number> {
  const releases = chosenReleases(argv);
  const runs: ReleaseRun[] = [];
  for (const release of releases) {
    const run = await runRelease(root, release, argv, env);
    if (run !== null) runs.push(run);
  }
  if (runs.length === 0) return 0;
  log(formatResultTable(runs));
  return runs.every((run) => run.outcomes.every((outcome) => outcome.passed)) ? 0 : 1;
}

/** Every configured release, or those named with `--release <version>` (repeatable). */
function chosenReleases(argv: readonly string[]): readonly string[] {
  const named = argv.flatMap((arg, index) => {
    const value = argv[index + 1];
    return arg === '--release' && value ? [value] : [];
  });
  const unknown = named.filter((version) => !litellmReleases.includes(version));
  if (unknown.length > 0) throw new SetupError(`no lock file for LiteLLM ${unknown.join(', ')} (known: ${litellmReleases.join(', ')})`);
  return named.length > 0 ? named : litellmReleases;
}

/**
 * One release: its cached venv, a simulator and a proxy of its own, the scenarios; then a second proxy
 * without a master key for the no-key path; null with `--venv-only`.
 */
async function runRelease(root: string, release: string, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<ReleaseRun | null> {
  const lockPath = join(root, lockPathOf(release));
  const pinnedVersion = pinnedLitellmVersion(await readFile(lockPath, 'utf8')) ?? 'unknown';
  const python = env['CONFORMANCE_PYTHON'];
  const venv = await ensureVenv({
    lockPath,
    cacheRoot: cacheRoot(env),
    findPython: () => findPython(python === undefined ? defaultPythonCandidates : [python]),
  });
  const how = venv.installed ? 'installed' : 'found installed (cached)';
  log(`conformance: LiteLLM ${pinnedVersion} ${how} in ${venv.seconds.toFixed(2)} s at ${venv.dir}`);
  if (argv.includes('--venv-only')) return null;

  const workDir = await mkdtemp(join(tmpdir(), 'modelgate-conformance-'));
  let simulator: GatewaySimulator | undefined;
  let proxy: RunningProxy | undefined;
  const cleanup = async () => {
    await proxy?.stop();
    await simulator?.close();
    await rm(workDir, { recursive: true, force: true });
  };
  const removeHandlers = stopEverythingOnExit(cleanup, log);
  try {
    // The upstream behind the proxy is a plain OpenAI-compatible server: the simulator's vLLM flavour.
    simulator = await startGatewaySimulator({ flavor: 'vllm', models: upstreamModels });
    const upstream = simulator;
    const runWith = async (masterKey: string | null, scenarios: readonly Scenario[]) => {
      const started = performance.now();
      const simulatorUrl = upstream.url;
      proxy = await startLitellmProxy({ venvDir: venv.dir, workDir, masterKey, simulatorUrl }).catch((error: unknown) => {
        throw new SetupError(`the LiteLLM proxy did not start: ${error instanceof Error ? error.message : error}`);
      });
      const how = masterKey === null ? 'without a master key' : 'with a master key';
      log(`conformance: proxy ${pinnedVersion} (${how}) ready at ${proxy.baseUrl} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const context: ScenarioContext = { baseUrl: proxy.baseUrl, masterKey, simulatorUrl, simulator: upstream, proxyVersion: proxy.version };
      const outcomes = await runScenarios(scenarios, context);
      await proxy.stop();
      return outcomes;
    };
    const outcomes = await runWith(`sk-conformance-${randomBytes(12).toString('hex')}`, [...smokeScenarios(pinnedVersion), ...providerScenarios]);
    outcomes.push(...(await runWith(null, noMasterKeyScenarios)));
    return { version: pinnedVersion, outcomes };
  } finally {
    await cleanup();
    removeHandlers();
  }
}
