import { createServer } from 'node:net';

/**
 * A port above 20000 that nothing on loopback listened on a moment ago, picked at random so that runs side by
 * side rarely try the same one. The programs of the stack are told their port, so they cannot take port 0.
 */
export async function pickPort(taken: Set<number>, random: () => number = Math.random): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_001 + Math.floor(random() * 40_000);
    if (taken.has(port) || !(await canListen(port))) continue;
    taken.add(port);
    return port;
  }
  throw new Error('no free loopback port found above 20000 in 50 attempts');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
