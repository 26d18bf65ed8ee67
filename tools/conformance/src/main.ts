import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewaySimulator, type GatewaySimulator } from '@modelgate/gateway-simulator';
import { startLitellmProxy, type RunningProxy } from './proxy/litellm-proxy';
import { routedModelIds } from './proxy/proxy-models';
import { formatResultTable } from './runner/result-table';
import { runScenarios } from './runner/run-scenarios';
import { stopEverythingOnExit } from './runner/shutdown';
import type { ScenarioContext } from './scenarios/scenario';
import { abortScenario } from './scenarios/abort';
import { costHeaderScenario } from './scenarios/cost-header';
import { discoveryScenario } from './scenarios/discovery';
import { gatewayErrorScenarios } from './scenarios/gateway-errors';
import { midstreamErrorScenario } from './scenarios/midstream-error';
import { plainChatScenario } from './scenarios/plain-chat';
import type { Scenario } from './scenarios/scenario';
import { smokeScenarios } from './scenarios/smoke';
import { streamingUsageScenario } from './scenarios/streaming-usage';
import { structuredOutputScenario } from './scenarios/structured-output';
import { timeoutScenario } from './scenarios/timeout';
import { toolLoopScenarios } from './scenarios/tool-loop';
import { unknownModelScenario } from './scenarios/unknown-model';
import { unpricedModelScenario } from './scenarios/unpriced-model';
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
];

/**
 * The conformance run: the pinned LiteLLM install (cached), the gateway simulator as the upstream, a proxy
 * started for this run in front of it, the scenarios against the proxy, a result table. Resolves to the exit
 * code. `--venv-only` stops after the install.
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
  const lockPath = join(root, 'tools/conformance/requirements.lock');
  const pinnedVersion = pinnedLitellmVersion(await readFile(lockPath, 'utf8')) ?? 'unknown';
  const python = env['CONFORMANCE_PYTHON'];
  const venv = await ensureVenv({
    lockPath,
    cacheRoot: cacheRoot(env),
    findPython: () => findPython(python === undefined ? defaultPythonCandidates : [python]),
  });
  const how = venv.installed ? 'installed' : 'found installed (cached)';
  log(`conformance: LiteLLM ${pinnedVersion} ${how} in ${venv.seconds.toFixed(2)} s at ${venv.dir}`);
  if (argv.includes('--venv-only')) return 0;

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
    simulator = await startGatewaySimulator({ flavor: 'vllm', models: routedModelIds.map((id) => ({ id })) });
    const masterKey = `sk-conformance-${randomBytes(12).toString('hex')}`;
    const started = performance.now();
    const simulatorUrl = simulator.url;
    proxy = await startLitellmProxy({ venvDir: venv.dir, workDir, masterKey, simulatorUrl }).catch((error: unknown) => {
      throw new SetupError(`the LiteLLM proxy did not start: ${error instanceof Error ? error.message : error}`);
    });
    log(`conformance: proxy ready at ${proxy.baseUrl} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const context: ScenarioContext = {
      baseUrl: proxy.baseUrl,
      masterKey,
      simulatorUrl,
      simulator,
      proxyVersion: proxy.version,
    };
    const scenarios = [...smokeScenarios(pinnedVersion), ...providerScenarios];
    const outcomes = await runScenarios(scenarios, context);
    log(formatResultTable(outcomes, proxy.version));
    return outcomes.every((outcome) => outcome.passed) ? 0 : 1;
  } finally {
    await cleanup();
    removeHandlers();
  }
}
