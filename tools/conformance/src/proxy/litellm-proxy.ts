import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from './free-port';
import { ProcessGroup } from './process-group';
import { buildProxyConfig, renderProxyConfig } from './proxy-config';
import { proxyEnvironment } from './proxy-environment';
import { mockChat } from './proxy-models';
import { waitForReadiness } from './readiness';

export interface LitellmProxyOptions {
  /** The virtualenv holding the pinned LiteLLM install. */
  readonly venvDir: string;
  /** A fresh temporary directory: the config is written there and it is the proxy's working directory. */
  readonly workDir: string;
  /** null: a proxy without a master key, which checks no key. */
  readonly masterKey: string | null;
  /** Root URL of the upstream the `sim-*` models are routed to. */
  readonly simulatorUrl: string;
  readonly readinessTimeoutMs?: number;
  /** The environment the proxy's is derived from (see proxyEnvironment); the runner's by default. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningProxy {
  readonly baseUrl: string;
  /** What the proxy itself reports in its readiness answer. */
  readonly version: string;
  /** Stops the proxy and every process it started; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * 1.108 no longer says its version in the readiness answer (FINDINGS.md); its chat answers still carry
 * `x-litellm-version`, so one call to the mock model (answered by the proxy itself) tells it.
 */
async function versionFromChat(baseUrl: string, masterKey: string | null): Promise<string | null> {
  const response = await fetch(`${baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { ...(masterKey !== null && { authorization: `Bearer ${masterKey}` }), 'content-type': 'application/json' },
    body: JSON.stringify({ model: mockChat.id, messages: [{ role: 'user', content: 'version?' }] }),
    signal: AbortSignal.timeout(30_000),
  });
  await response.body?.cancel();
  return response.headers.get('x-litellm-version');
}

/** Starts `litellm --config ...` on a free loopback port and resolves once it answers as ready. */
export async function startLitellmProxy(options: LitellmProxyOptions): Promise<RunningProxy> {
  const port = await findFreePort();
  const configPath = join(options.workDir, 'config.yaml');
  const config = buildProxyConfig({ masterKey: options.masterKey, simulatorUrl: options.simulatorUrl });
  await writeFile(configPath, renderProxyConfig(config), { mode: 0o600 });
  const group = await ProcessGroup.start({
    command: join(options.venvDir, 'bin', 'litellm'),
    args: [
      ...['--config', configPath, '--host', '127.0.0.1', '--port', String(port)],
      ...['--num_workers', '1', '--telemetry', 'False'],
    ],
    env: proxyEnvironment(options.env ?? process.env),
    cwd: options.workDir,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const readiness = await waitForReadiness({ baseUrl, group, timeoutMs: options.readinessTimeoutMs ?? 120_000 });
    const version = readiness.litellm_version ?? (await versionFromChat(baseUrl, options.masterKey));
    return { baseUrl, version: version ?? 'unknown', stop: () => group.stop() };
  } catch (error) {
    await group.stop();
    throw error;
  }
}
