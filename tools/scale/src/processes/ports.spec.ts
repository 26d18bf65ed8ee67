import { createServer } from 'node:net';
import { pickPort } from './ports';

describe('pickPort', () => {
  it('picks a port above 20000 and remembers it as taken', async () => {
    const taken = new Set<number>();

    const port = await pickPort(taken);

    expect(port).toBeGreaterThan(20_000);
    expect(taken.has(port)).toBe(true);
  });

  it('passes over a port already taken and one that something listens on', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const busyPort = (busy.address() as { port: number }).port;
    // The draws name, in turn: a port this run took, the busy port, then a free one.
    const draws = [30_000, busyPort, 45_000].map((port) => (port - 20_001 + 0.5) / 40_000);
    const random = () => draws.shift() ?? 0.5;

    try {
      await expect(pickPort(new Set([30_000]), random)).resolves.toBe(45_000);
    } finally {
      busy.close();
    }
  });
});
