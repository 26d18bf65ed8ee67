import { join } from 'node:path';
import { readRecord } from '../test-support/fake-programs';
import { useFakeServiceGroup } from '../test-support/fake-service-group';
import { ProcessGroup } from './process-group';
import { isProcessAlive } from './process-table';
import { waitForReadiness } from './readiness';

/** Whether the process is gone by the deadline, looking every 20 ms. */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('ProcessGroup', () => {
  const fake = useFakeServiceGroup();

  async function startFake(mode: string) {
    const record = join(fake.dir(), 'record.json');
    const { group, baseUrl } = await fake.start(mode, { FAKE_RECORD: record });
    await waitForReadiness({ baseUrl, group, timeoutMs: 20_000, pollMs: 50 });
    return { group, record: await readRecord(record) };
  }

  it('stop ends the program and the child process it started', async () => {
    const { group: started, record } = await startFake('ready');
    expect(isProcessAlive(record.childPid)).toBe(true);

    await started.stop();

    expect(isProcessAlive(started.pid)).toBe(false);
    expect(isProcessAlive(record.childPid)).toBe(false);
  });

  it('a program that ignores SIGTERM is killed once the grace period is over', async () => {
    const { group: started, record } = await startFake('stubborn');

    await started.stop(300);

    expect(started.exited?.signal).toBe('SIGKILL');
    expect(isProcessAlive(record.childPid)).toBe(false);
  });

  it('killAllNow kills every running group at once, without waiting', async () => {
    const { group: started, record } = await startFake('stubborn');

    ProcessGroup.killAllNow();

    expect(await started.exit).toEqual({ code: null, signal: 'SIGKILL' });
    // The signal reached the whole group at once, but on a loaded machine the child may be scheduled to die
    // a moment after its leader has been reaped.
    expect(await goneWithin(record.childPid, 5_000)).toBe(true);
  });

  it('stopping twice is harmless', async () => {
    const { group: started } = await startFake('ready');

    await started.stop();
    await started.stop();

    expect(started.exited).toBeDefined();
  });

  it('keeps the last lines the program wrote', async () => {
    const { group: started, record } = await startFake('ready');

    expect(started.outputTail()).toContain(`fake: child ${record.childPid} started`);
  });

  it('a command that does not exist is refused at start', async () => {
    const dir = fake.dir();
    const start = ProcessGroup.start({ command: join(dir, 'no-such-program'), args: [], env: process.env, cwd: dir });

    await expect(start).rejects.toThrow(/ENOENT/);
  });
});
