import { connect } from 'node:net';
import { type Service } from '../processes/service';
import { startReady } from '../processes/wait-for';

/** Debian's redis-server on loopback, nothing written to disk: the router state lives only for the run. */
export async function startRedis(port: number, workDir: string): Promise<Service> {
  return startReady(
    {
      name: 'redis',
      command: 'redis-server',
      args: ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', workDir],
      env: { PATH: process.env['PATH'] },
      cwd: workDir,
    },
    () => ping(port),
    20_000,
  );
}

/** `PING` in the inline protocol; a ready server answers `+PONG`. */
export function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.end();
    });
  });
}
