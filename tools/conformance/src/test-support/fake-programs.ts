import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The stand-in for the proxy program (see fake-service.mjs). */
export const fakeServicePath = join(__dirname, 'fake-service.mjs');

/** A fresh temporary directory for one test. */
export function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'conformance-spec-'));
}

/** A fake virtualenv whose `bin/litellm` is the fake service. */
export async function fakeVenv(): Promise<string> {
  const dir = await temporaryDirectory();
  await mkdir(join(dir, 'bin'));
  await writeExecutable(join(dir, 'bin', 'litellm'), `#!${process.execPath}\nimport(${JSON.stringify(fakeServicePath)});\n`);
  return dir;
}

/** What the fake service recorded about how it was started. */
export interface FakeRecord {
  readonly argv: string[];
  readonly childPid: number;
  readonly cwd: string;
  readonly env: Record<string, string>;
}

export async function readRecord(path: string): Promise<FakeRecord> {
  return JSON.parse(await readFile(path, 'utf8')) as FakeRecord;
}

export async function writeExecutable(path: string, text: string): Promise<void> {
  await writeFile(path, text);
  await chmod(path, 0o755);
}

export interface FakePythonOptions {
  /** What `sys.version_info` says. */
  readonly version?: string;
  /** Whether `pip install` fails the way a hash mismatch does. */
  readonly pipFails?: boolean;
}

/**
 * A stand-in for a Python interpreter, as a shell script: `-c` prints the version, `-m venv DIR` makes DIR with
 * a copy of itself as bin/python, `-m pip install` makes bin/litellm, `-m pip check` passes. Each call is
 * appended to `calls.log` beside it.
 */
export async function fakePython(dir: string, options: FakePythonOptions = {}): Promise<string> {
  const path = join(dir, 'python-fake');
  const calls = join(dir, 'calls.log');
  const install = options.pipFails
    ? 'echo "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE."; exit 1'
    : 'touch "$(dirname "$0")/litellm"; echo "Successfully installed litellm"; exit 0';
  await writeExecutable(
    path,
    [
      '#!/bin/sh',
      `echo "$*" >> '${calls}'`,
      `if [ "$1" = "-c" ]; then echo '${options.version ?? '3.11.7'}'; exit 0; fi`,
      'if [ "$2" = "venv" ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python"; exit $?; fi',
      'case "$*" in',
      `  *" install "*) ${install};;`,
      '  *" check") echo "No broken requirements found."; exit 0;;',
      'esac',
      'exit 2',
      '',
    ].join('\n'),
  );
  return path;
}

/** The calls a fake Python received, one line each. */
export async function fakePythonCalls(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'calls.log'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}
