import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type Service } from '../processes/service';
import { startReady } from '../processes/wait-for';

/** Builds the demo as `npm start` does, into a folder of the repo (its npm packages load from node_modules). */
export function buildDemo(root: string, outdir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = join(root, 'tools/scripts/start-demo.mjs');
    execFile(process.execPath, [script, '--build-only', '--outdir', outdir], { cwd: root, timeout: 120_000 }, (error, stdout, stderr) =>
      error === null ? resolve() : reject(new Error(`the demo did not build:\n${stdout}${stderr}`)),
    );
  });
}

export interface DemoAppOptions {
  readonly name: string;
  /** Where buildDemo put it. */
  readonly outdir: string;
  readonly port: number;
  /** The balancer in front of the LiteLLM replicas. */
  readonly proxyUrl: string;
  readonly apiKey: string;
  /** Client retries (the SDK's, before the first byte only). */
  readonly maxRetries: number;
  readonly timeoutMs: number;
}

/**
 * One `demo serve` instance, configured only through the environment as a user would run it. It holds no
 * state another instance needs: models are discovered from the proxy, chats live for one request.
 */
export async function startDemoApp(options: DemoAppOptions): Promise<Service> {
  return startReady(
    {
      name: options.name,
      command: process.execPath,
      args: ['--enable-source-maps', join(options.outdir, 'main.mjs'), 'serve', '--port', String(options.port)],
      env: {
        PATH: process.env['PATH'],
        HOST: '127.0.0.1',
        LITELLM_BASE_URL: options.proxyUrl,
        LITELLM_API_KEY: options.apiKey,
        MODELGATE_MAX_RETRIES: String(options.maxRetries),
        MODELGATE_TIMEOUT_MS: String(options.timeoutMs),
      },
      cwd: options.outdir,
    },
    () => servesModels(`http://127.0.0.1:${options.port}`),
    60_000,
  );
}

async function servesModels(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/providers/litellm/models`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { status?: unknown };
  return response.ok && body.status === 'ready';
}
