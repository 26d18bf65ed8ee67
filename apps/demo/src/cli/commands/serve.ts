import { type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { type FastifyInstance } from 'fastify';
import { ProviderError } from '@modelgate/provider-contracts';
import { formatModelCounts } from '../../shared/model-counts';
import { buildServer } from '../../http/server';
import { type CommandContext } from '../context';
import { discoverModels } from '../discover';
import { parseTenants } from '../../config/tenants';

async function readTenantsFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as { code?: string }).code ?? 'unreadable';
    throw new ProviderError({ code: 'misconfigured', message: `MODELGATE_TENANTS: cannot read the tenants file (${reason})` });
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

async function listen(app: FastifyInstance, host: string, port: number): Promise<void> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw error;
    const reason = code === 'EADDRINUSE' ? 'is in use' : code === 'EACCES' ? 'needs privileges' : 'is not an address of this machine';
    throw new ProviderError({ code: 'misconfigured', message: `${host}:${port} ${reason}: choose another with --port, PORT or HOST`, cause: error });
  }
}

/** `serve [--port N]`: the HTTP API and page, until Ctrl-C. */
export async function runServe(context: CommandContext, options: { port?: number }): Promise<number> {
  const { demo, logger } = context;
  const { host, apiToken, tenantsFile } = demo.config.server;
  const loopbackOnly = LOOPBACK.has(host);
  const tenants = tenantsFile === undefined ? undefined : parseTenants(await readTenantsFile(tenantsFile), context.env);
  const app = await buildServer({
    modelgate: demo.modelgate,
    toolset: demo.toolset,
    logger,
    apiToken,
    tenants,
    loopbackOnly,
    webRoot: context.webRoot,
  });
  try {
    await listen(app, host, options.port ?? demo.config.server.port);
    const { port } = app.server.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    context.stdout.write(`Serving the demo at ${url} (open it for the web page; API under ${url}/api, health at ${url}/health). Ctrl-C stops.\n`);
    if (!loopbackOnly && apiToken === undefined && tenants === undefined) {
      context.stderr.write(`warning: listening on ${host} without DEMO_API_TOKEN: anyone who reaches this port can spend the proxy's tokens\n`);
    }
    // Warms the registry for the first chat and says how each provider is doing; one that is down is not fatal.
    const reports = await discoverModels(context).catch((error: unknown) => {
      if (context.signal.aborted) return [];
      throw error;
    });
    for (const report of reports) {
      const name = demo.modelgate.registry.getProvider(report.provider).name;
      context.stderr.write(`${name}: ${report.status}, ${formatModelCounts(report.models)}${report.error ? ` (${report.error.message})` : ''}\n`);
    }
    if (!context.signal.aborted) await once(context.signal, 'abort');
    return 0;
  } finally {
    await app.close();
  }
}
