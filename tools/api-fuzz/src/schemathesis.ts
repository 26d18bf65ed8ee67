import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { type RunFigures, readSummary } from './summary';

export interface FuzzRun {
  /** For the log: "with the token". */
  readonly name: string;
  readonly args: readonly string[];
  /** Hard bound on the wall time, past schemathesis' own `--max-time`. */
  readonly limitMs: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface FuzzOutcome {
  readonly exitCode: number;
  readonly seconds: number;
  readonly output: string;
  /** Null when the output has no summary. */
  readonly figures: RunFigures | null;
}

/** Runs `schemathesis run ...` from the venv in `workDir` (its reports land there), output also in `logPath`. */
export function runSchemathesis(venvDir: string, run: FuzzRun, workDir: string, logPath: string): Promise<FuzzOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const log = createWriteStream(logPath);
    const child = spawn(join(venvDir, 'bin', 'schemathesis'), [...run.args], {
      cwd: workDir,
      env: { ...process.env, ...run.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGKILL'), run.limitMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      log.end();
      const seconds = (performance.now() - started) / 1000;
      resolve({ exitCode: code ?? -1, seconds, output, figures: readSummary(output) });
    });
  });
}
