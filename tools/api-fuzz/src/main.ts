import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The cached hash-checked venv install is conformance's, reused as is; Nx counts conformance as an app,
// whose imports it forbids, until that module moves to a library of its own.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SetupError, cacheRoot, defaultPythonCandidates, ensureVenv, findPython } from '@modelgate/python-venv';
import { startDemo } from './demo-process';
import { type FuzzRun, runSchemathesis } from './schemathesis';

export interface MainOptions {
  readonly root: string;
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The runs, bounded in cases per operation and in time (about 3 minutes together on 2 cores). With the token:
 * every check schemathesis has, `ignored_auth` (each secured call again without the token and with a wrong
 * one) included, over every phase (examples, coverage, fuzzing, stateful along the document's links).
 * Without it: every `/api` answer must be a 401 (hooks/token_required.py), whatever the fuzzer sends,
 * random bearer tokens included; the method check is left out, as the token is asked for before the method.
 */
function fuzzRuns(root: string, schemaPath: string, url: string, token: string, seed: number): FuzzRun[] {
  const common = [
    '--config-file', join(root, 'tools/api-fuzz/schemathesis.toml'), 'run', schemaPath, '--url', url, '--no-color',
    '--seed', String(seed), '--generation-database', 'none', '--request-timeout', '30', '--suppress-health-check', 'too_slow',
  ];
  return [
    {
      name: 'with the token',
      args: [...common, '-H', `Authorization: Bearer ${token}`, '--checks', 'all', '--max-examples', '40', '--max-time', '100'],
      limitMs: 160_000,
    },
    {
      name: 'without the token',
      args: [...common, '--checks', 'all', '--exclude-checks', 'unsupported_method', '--max-examples', '20', '--max-time', '45'],
      limitMs: 100_000,
      env: { SCHEMATHESIS_HOOKS: 'token_required', PYTHONPATH: join(root, 'tools/api-fuzz/hooks') },
    },
  ];
}

/** Installs schemathesis (cached), serves the demo, fuzzes it twice; 0 when both runs found nothing. */
export async function main({ root, argv, env }: MainOptions): Promise<number> {
  const python = env['API_FUZZ_PYTHON'];
  const venv = await ensureVenv({
    lockPath: join(root, 'tools/api-fuzz/requirements.lock'),
    cacheRoot: cacheRoot(env),
    findPython: () => findPython(python === undefined ? defaultPythonCandidates : [python]),
    executable: 'schemathesis',
    purpose: 'schemathesis',
    env,
  }).catch((error: unknown) => {
    if (error instanceof SetupError) log(`api-fuzz: ${error.message}`);
    throw error;
  });
  log(`api-fuzz: schemathesis ${venv.installed ? 'installed' : 'found installed (cached)'} in ${venv.seconds.toFixed(2)} s at ${venv.dir}`);
  if (argv.includes('--venv-only')) return 0;

  const seed = env['API_FUZZ_SEED'] === undefined ? randomInt(1, 2 ** 31) : Number(env['API_FUZZ_SEED']);
  const token = randomBytes(24).toString('hex');
  const workDir = await mkdtemp(join(tmpdir(), 'api-fuzz-'));
  const reports = join(root, 'tmp/api-fuzz');
  await mkdir(reports, { recursive: true });
  const demo = await startDemo(root, env, token);
  try {
    const schema = await fetch(`${demo.url}/api/openapi.json`, { headers: { authorization: `Bearer ${token}` } });
    if (!schema.ok) throw new Error(`GET /api/openapi.json answered ${schema.status}`);
    const schemaPath = join(workDir, 'openapi.json');
    await writeFile(schemaPath, await schema.text());
    log(`api-fuzz: demo at ${demo.url}, seed ${seed} (API_FUZZ_SEED=${seed} repeats it)`);
    let failed = 0;
    for (const run of fuzzRuns(root, schemaPath, demo.url, token, seed)) {
      const logPath = join(reports, `${run.name.replaceAll(' ', '-')}.log`);
      const outcome = await runSchemathesis(venv.dir, run, workDir, logPath);
      const figures = outcome.figures;
      const clean = outcome.exitCode === 0 && figures !== null && figures.failures === 0;
      if (!clean) {
        failed += 1;
        log(outcome.output.slice(-6000));
      }
      const counts = figures ? `${figures.operations} operations, ${figures.cases} cases, ${figures.failures} failures` : 'no summary';
      log(`api-fuzz ${run.name}: ${counts}, exit ${outcome.exitCode}, ${outcome.seconds.toFixed(1)} s (log: ${logPath})`);
    }
    log(`api-fuzz: ${2 - failed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await demo.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}
