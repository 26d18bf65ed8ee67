import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { type Service } from '../processes/service';
import { startReady } from '../processes/wait-for';
import { type BalancerOptions, renderNginxConfig } from './nginx-config';

/**
 * Debian's nginx in the foreground with a prefix and config of its own: `-e` moves even the error log it opens
 * before reading the config, so nothing under /etc/nginx or /var/log is read or written. Its workers drop root
 * for `nobody`, so the prefix must be readable by them.
 */
export async function startNginx(options: BalancerOptions): Promise<Service> {
  await mkdir(options.prefix, { recursive: true, mode: 0o755 });
  await chmod(options.prefix, 0o755);
  const configPath = join(options.prefix, 'nginx.conf');
  await writeFile(configPath, renderNginxConfig(options));
  return startReady(
    {
      name: 'nginx',
      command: 'nginx',
      args: ['-p', `${options.prefix}/`, '-c', configPath, '-e', join(options.prefix, 'error.log'), '-g', 'daemon off;'],
      env: { PATH: `${process.env['PATH'] ?? ''}:/usr/sbin:/sbin` },
      cwd: options.prefix,
    },
    async () => (await accepts(options.proxyPort)) && accepts(options.frontPort),
    20_000,
  );
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
