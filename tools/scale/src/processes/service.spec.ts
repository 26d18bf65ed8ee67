import { tmpdir } from 'node:os';
import { groupMembers, Service } from './service';

/** A shell that starts a child of its own and waits, like a server with a worker. */
const withWorker = (name: string) =>
  Service.start({ name, command: 'sh', args: ['-c', 'sleep 60 & echo started; wait'], env: { PATH: process.env['PATH'] }, cwd: tmpdir() });

describe('Service', () => {
  it('stops the leader and the workers it started', async () => {
    const service = await withWorker('stopped');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(groupMembers(service.pid)).toBe(2);

    await service.stop();

    expect(service.running).toBe(false);
    expect(groupMembers(service.pid)).toBe(0);
  });

  it('kills the whole group at once, as a crash would', async () => {
    const service = await withWorker('killed');
    await new Promise((resolve) => setTimeout(resolve, 200));

    await service.kill();

    expect(groupMembers(service.pid)).toBe(0);
    expect(service.tail()).toBe('started');
  });

  it('rejects with the name of a program that does not exist', async () => {
    await expect(Service.start({ name: 'ghost', command: '/nonexistent/program', args: [], env: {}, cwd: tmpdir() })).rejects.toThrow(
      'ghost: /nonexistent/program did not start',
    );
  });
});
