import { rm } from 'node:fs/promises';
import { findFreePort } from '../proxy/free-port';
import { ProcessGroup } from '../proxy/process-group';
import { fakeServicePath, temporaryDirectory } from './fake-programs';

export interface StartedFake {
  group: ProcessGroup;
  baseUrl: string;
}

/**
 * Per test: a fresh directory, and `start` runs the fake service there in a process group on a free port (its
 * `FAKE_MODE` and any more environment given); after each test the group is stopped and the directory removed.
 */
export function useFakeServiceGroup(): { dir: () => string; start: (mode: string, env?: NodeJS.ProcessEnv) => Promise<StartedFake> } {
  let dir: string | undefined;
  let group: ProcessGroup | undefined;

  beforeEach(async () => {
    dir = await temporaryDirectory();
  });

  afterEach(async () => {
    await group?.stop(0);
    group = undefined;
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  const current = (): string => {
    if (dir === undefined) throw new Error('useFakeServiceGroup: no test is running');
    return dir;
  };

  return {
    dir: current,
    async start(mode, env = {}) {
      const port = await findFreePort();
      group = await ProcessGroup.start({
        command: process.execPath,
        args: [fakeServicePath, '--port', String(port)],
        env: { ...process.env, FAKE_MODE: mode, ...env },
        cwd: current(),
      });
      return { group, baseUrl: `http://127.0.0.1:${port}` };
    },
  };
}
