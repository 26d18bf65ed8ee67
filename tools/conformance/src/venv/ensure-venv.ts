import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Python } from './find-python';
import { logTail, runLogged } from './run-logged';
import { SetupError } from './setup-error';
import { venvDirFor } from './venv-location';

export interface EnsureVenvOptions {
  readonly lockPath: string;
  readonly cacheRoot: string;
  /** Finds the interpreter; only called when an install is needed. */
  readonly findPython: () => Promise<Python>;
  readonly env?: NodeJS.ProcessEnv;
  /** The program the lock installs, whose presence tells an install is there; `litellm` by default. */
  readonly executable?: string;
  /** What the venv is for, in error messages; the LiteLLM proxy by default. */
  readonly purpose?: string;
}

export interface VenvReady {
  readonly dir: string;
  /** True when this call installed it; false when a complete install was found. */
  readonly installed: boolean;
  readonly seconds: number;
}

/** Written last, so a venv without it (an interrupted or failed install) is never trusted. */
const markerName = '.modelgate-install-complete.json';

/**
 * The virtualenv for this lock file, installed if it is not there complete. The install is hash-checked:
 * `--require-hashes` with `--no-deps` installs exactly the locked files (the lock lists every transitive
 * dependency), and `pip check` then proves the set is consistent. `--no-deps` also sidesteps pip < 24 refusing
 * extras such as `pydantic[email]` in hash mode.
 */
export async function ensureVenv(options: EnsureVenvOptions): Promise<VenvReady> {
  const started = performance.now();
  const lock = await readFile(options.lockPath);
  const executable = options.executable ?? 'litellm';
  const dir = venvDirFor(lock, options.cacheRoot, executable);
  const seconds = () => (performance.now() - started) / 1000;
  if (existsSync(join(dir, markerName)) && existsSync(join(dir, 'bin', executable))) {
    return { dir, installed: false, seconds: seconds() };
  }
  const python = await options.findPython();
  const env = options.env ?? process.env;
  const logPath = `${dir}.install.log`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await writeFile(logPath, `install of ${options.lockPath} with ${python.command} ${python.version}\n`);
  const venvPython = join(dir, 'bin', 'python');
  const pip = ['-m', 'pip', '--disable-pip-version-check', '--no-input'];
  const steps: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['create the virtualenv', python.command, ['-m', 'venv', dir]],
    ['install requirements.lock', venvPython, [...pip, 'install', '--require-hashes', '--no-deps', '-r', options.lockPath]],
    ['check the installed set', venvPython, [...pip, 'check']],
  ];
  for (const [what, command, args] of steps) {
    const code = await runLogged(command, args, { logPath, env });
    if (code !== 0) {
      throw new SetupError(
        `could not ${what} for ${options.purpose ?? 'the LiteLLM proxy'} (exit ${code}). Last lines of ${logPath}:\n${logTail(logPath)}`,
      );
    }
  }
  const marker = { lock: options.lockPath, python: python.version, completedAt: new Date().toISOString() };
  await writeFile(join(dir, markerName), `${JSON.stringify(marker, null, 2)}\n`);
  return { dir, installed: true, seconds: seconds() };
}
