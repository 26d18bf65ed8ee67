import { execFile } from 'node:child_process';
import { SetupError } from './setup-error';

export interface Python {
  readonly command: string;
  /** `major.minor.patch`. */
  readonly version: string;
}

/** The lock file was resolved on 3.11, and this LiteLLM supports 3.11-3.13; 3.11 is tried first. */
export const defaultPythonCandidates = ['python3.11', 'python3', 'python3.12', 'python3.13'] as const;

const probeScript = 'import sys, venv, ensurepip; print("%d.%d.%d" % sys.version_info[:3])';

/** The first candidate that is Python 3.11-3.13 with the venv and ensurepip modules (pip for the venv). */
export async function findPython(candidates: readonly string[]): Promise<Python> {
  const rejected: string[] = [];
  for (const command of candidates) {
    const outcome = await probe(command);
    if (typeof outcome !== 'string') return outcome;
    rejected.push(`${command}: ${outcome}`);
  }
  throw new SetupError(
    'Python 3.11-3.13 with venv and pip is needed to install the LiteLLM proxy, and none was found ' +
      `(${rejected.join('; ')}). Install it (Debian: apt-get install python3 python3-venv), or set ` +
      'CONFORMANCE_PYTHON to its path.',
  );
}

/** The Python found, or why this candidate does not do. */
function probe(command: string): Promise<Python | string> {
  return new Promise((resolve) => {
    execFile(command, ['-c', probeScript], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error !== null) {
        const code = (error as NodeJS.ErrnoException).code;
        resolve(code === 'ENOENT' ? 'not installed' : lastLine(stderr) || error.message);
        return;
      }
      const version = stdout.trim();
      const [major, minor] = version.split('.').map(Number);
      const supported = major === 3 && minor !== undefined && minor >= 11 && minor <= 13;
      resolve(supported ? { command, version } : `version ${version} is not 3.11-3.13`);
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}
