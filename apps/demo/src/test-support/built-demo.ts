import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../../../..');

export interface BuiltDemo {
  /** The node entry, `main.mjs`. */
  main: string;
  /** The built page, as `serve` finds it. */
  webRoot: string;
  remove(): Promise<void>;
}

/**
 * Builds the demo with the same script `npm start` runs, into a folder of its own under tmp/ (inside the
 * workspace, so the bundle's npm imports resolve from node_modules as they do for dist/).
 */
export async function buildDemo(): Promise<BuiltDemo> {
  await mkdir(join(ROOT, 'tmp'), { recursive: true });
  const outdir = await mkdtemp(join(ROOT, 'tmp', 'demo-build-'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'tools/scripts/start-demo.mjs'), '--build-only', '--outdir', outdir]);
  return { main: join(outdir, 'main.mjs'), webRoot: join(outdir, 'web'), remove: () => rm(outdir, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the run had to be killed at its deadline. */
  killed: boolean;
}

/**
 * Runs the built CLI as a user would, with only the given variables (plus PATH and HOME) in its
 * environment. A run that outlives `deadlineMs` is killed and reported as such.
 */
export function runBuiltCli(main: string, args: readonly string[], env: Record<string, string> = {}, deadlineMs = 20_000): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [main, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, killed });
    });
  });
}
