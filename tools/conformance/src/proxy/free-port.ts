import { createServer } from 'node:net';

/**
 * A loopback port that was free a moment ago. The proxy is a separate program that must be told its port, so
 * it cannot listen on port 0 itself; the short window between closing and reuse is accepted.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}
