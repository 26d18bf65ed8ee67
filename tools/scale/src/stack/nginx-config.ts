export interface BalancerOptions {
  /** nginx's prefix: its config, logs, pid and temp files all live here, none under /etc/nginx or /var. */
  readonly prefix: string;
  /** Where the apps reach the LiteLLM replicas. */
  readonly proxyPort: number;
  readonly replicaPorts: readonly number[];
  /** Where clients reach the demo instances. */
  readonly frontPort: number;
  readonly appPorts: readonly number[];
}

/** What each balanced request leaves in its server's access log: which instance answered, and how. */
export const accessLogFormat = '$upstream_addr $status $request_method $uri';

/** The response header that names the instance behind the balancer (so a client can count them). */
export const upstreamHeader = 'x-modelgate-upstream';

/**
 * One nginx, two balanced upstreams, round robin. Streams pass through unbuffered both ways. A request that
 * finds an instance refusing connections goes to the next one (`proxy_next_upstream error`: nothing was sent,
 * so even a POST may move); one whose instance dies after it was sent is not moved (a POST is not idempotent),
 * and becomes a 502 for the client to retry or not.
 */
export function renderNginxConfig(options: BalancerOptions): string {
  const at = (name: string) => `${options.prefix}/${name}`;
  const servers = (ports: readonly number[]) =>
    ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=3s;`).join('\n');
  const location = (upstream: string) => `    location / {
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_buffering off;
      proxy_request_buffering off;
      proxy_connect_timeout 2s;
      proxy_read_timeout 180s;
      proxy_next_upstream error timeout;
      add_header ${upstreamHeader} $upstream_addr always;
    }`;
  return `worker_processes 1;
worker_rlimit_nofile 16384;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 8192; }
http {
  client_body_temp_path ${at('client-body')};
  proxy_temp_path ${at('proxy')};
  fastcgi_temp_path ${at('fastcgi')};
  uwsgi_temp_path ${at('uwsgi')};
  scgi_temp_path ${at('scgi')};
  log_format balanced '${accessLogFormat}';
  upstream replicas {
${servers(options.replicaPorts)}
  }
  upstream apps {
${servers(options.appPorts)}
  }
  server {
    listen 127.0.0.1:${options.proxyPort};
    access_log ${at('replicas.log')} balanced;
${location('replicas')}
  }
  server {
    listen 127.0.0.1:${options.frontPort};
    access_log ${at('apps.log')} balanced;
${location('apps')}
  }
}
`;
}
