import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fakePython, fakePythonCalls, temporaryDirectory, type FakePythonOptions } from '../test-support/fake-programs';
import { ensureVenv } from './ensure-venv';
import { findPython } from './find-python';
import { SetupError } from './setup-error';
import { venvDirFor } from './venv-location';

describe('ensureVenv', () => {
  let dir: string;
  let lockPath: string;
  let cacheRoot: string;

  beforeEach(async () => {
    dir = await temporaryDirectory();
    lockPath = join(dir, 'requirements.lock');
    cacheRoot = join(dir, 'cache');
    await writeFile(lockPath, 'litellm[proxy]==1.83.14 \\\n    --hash=sha256:00\n');
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function ensure(options: FakePythonOptions = {}) {
    const python = await fakePython(dir, options);
    return ensureVenv({ lockPath, cacheRoot, findPython: () => findPython([python]) });
  }

  it('creates the venv under the cache root and installs the lock with hashes checked', async () => {
    const venv = await ensure();

    expect(venv).toMatchObject({ dir: venvDirFor(await readFile(lockPath), cacheRoot), installed: true });
    expect(existsSync(join(venv.dir, 'bin', 'litellm'))).toBe(true);
    expect(await fakePythonCalls(dir)).toEqual([
      expect.stringMatching(/^-c /),
      `-m venv ${venv.dir}`,
      `-m pip --disable-pip-version-check --no-input install --require-hashes --no-deps -r ${lockPath}`,
      '-m pip --disable-pip-version-check --no-input check',
    ]);
  });

  it('installs nothing on the second run', async () => {
    await ensure();
    const callsAfterInstall = (await fakePythonCalls(dir)).length;

    const second = await ensure();

    expect(second.installed).toBe(false);
    expect(await fakePythonCalls(dir)).toHaveLength(callsAfterInstall);
  });

  it('does not trust a venv whose install never completed, and installs it again', async () => {
    const venvDir = venvDirFor(await readFile(lockPath), cacheRoot);
    await mkdir(join(venvDir, 'bin'), { recursive: true });
    await writeFile(join(venvDir, 'bin', 'litellm'), 'half-installed');
    await writeFile(join(venvDir, 'leftover'), '');

    const venv = await ensure();

    expect(venv.installed).toBe(true);
    expect(existsSync(join(venvDir, 'leftover'))).toBe(false);
  });

  it('fails with the end of the install log when pip fails, and leaves no completed venv behind', async () => {
    const failing = ensure({ pipFails: true });

    await expect(failing).rejects.toBeInstanceOf(SetupError);
    await expect(failing).rejects.toThrow(/could not install requirements.lock[^]*DO NOT MATCH THE HASHES/);
    await expect(ensure()).resolves.toMatchObject({ installed: true });
  });
});
