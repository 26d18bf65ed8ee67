import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** Runs a command with its output appended to `logPath`; resolves to its exit code (-1 if it could not start). */
export function runLogged(
  command: string,
  args: readonly string[],
  options: { readonly logPath: string; readonly env: NodeJS.ProcessEnv },
): Promise<number> {
  const fd = openSync(options.logPath, 'a');
  return new Promise((resolve) => {
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      closeSync(fd);
      resolve(code);
    };
    const child = spawn(command, [...args], { env: options.env, stdio: ['ignore', fd, fd] });
    child.once('error', () => finish(-1));
    child.once('exit', (code) => finish(code ?? -1));
  });
}

/** The last lines of a log file, for an error message. */
export function logTail(logPath: string, lines = 15): string {
  try {
    return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
