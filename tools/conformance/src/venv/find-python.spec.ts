import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fakePython, temporaryDirectory } from '../test-support/fake-programs';
import { findPython } from './find-python';
import { SetupError } from './setup-error';

describe('findPython', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await temporaryDirectory();
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('takes the first candidate that is Python 3.11 to 3.13', async () => {
    const python = await fakePython(dir, { version: '3.12.4' });

    await expect(findPython([join(dir, 'missing'), python])).resolves.toEqual({ command: python, version: '3.12.4' });
  });

  it('passes over a Python that is too old', async () => {
    const python = await fakePython(dir, { version: '3.9.18' });

    await expect(findPython([python])).rejects.toThrow('version 3.9.18 is not 3.11-3.13');
  });

  it('says what is missing and how to get it when no candidate does', async () => {
    const search = findPython([join(dir, 'python3.11')]);

    await expect(search).rejects.toBeInstanceOf(SetupError);
    await expect(search).rejects.toThrow(/python3.11: not installed\).*apt-get install python3 python3-venv/);
  });
});
