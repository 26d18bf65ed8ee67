import { renderNginxConfig } from './nginx-config';

const config = renderNginxConfig({ prefix: '/tmp/scale/nginx', proxyPort: 21000, replicaPorts: [21001, 21002], frontPort: 22000, appPorts: [22001, 22002] });

describe('renderNginxConfig', () => {
  it('keeps every file nginx writes inside its prefix', () => {
    const paths = config.match(/(?<=\s)\/[\w./-]+/g) ?? [];

    // pid, error log, two access logs and the five temp paths
    expect(paths).toHaveLength(9);
    for (const path of paths) expect(path).toMatch(/^\/tmp\/scale\/nginx\/[\w.-]+$/);
    expect(config).not.toMatch(/\/etc\/|\/var\//);
  });

  it('balances each upstream over both of its instances and listens on loopback only', () => {
    expect(config).toMatch(/upstream replicas \{\s+server 127.0.0.1:21001 [^;]*;\s+server 127.0.0.1:21002 /);
    expect(config).toMatch(/upstream apps \{\s+server 127.0.0.1:22001 [^;]*;\s+server 127.0.0.1:22002 /);
    expect(config.match(/listen (\S+);/g)).toEqual(['listen 127.0.0.1:21000;', 'listen 127.0.0.1:22000;']);
  });

  it('streams unbuffered and moves a request on only when nothing was sent', () => {
    expect(config.match(/proxy_buffering off;/g)).toHaveLength(2);
    expect(config.match(/proxy_next_upstream error timeout;/g)).toHaveLength(2);
    expect(config).not.toContain('non_idempotent');
  });
});
