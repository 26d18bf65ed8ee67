import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Service } from '../processes/service';
import { startReady } from '../processes/wait-for';

export interface ReplicaOptions {
  readonly name: string;
  readonly venvDir: string;
  readonly workDir: string;
  readonly port: number;
  /** This replica's config (see buildScaleProxyConfig). */
  readonly config: object;
}

const Readiness = z.looseObject({ status: z.string(), litellm_version: z.string().nullish() });

/**
 * The proxy's environment is built from nothing rather than inherited, so no LITELLM_*, REDIS_* or
 * DATABASE_URL of the caller's shell changes what it does. Offline: without LITELLM_LOCAL_MODEL_COST_MAP it
 * downloads the cost map at start-up; without LITELLM_MODE=PRODUCTION it reads a `.env` from its directory.
 */
function replicaEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    LANG: 'C.UTF-8',
    LITELLM_LOCAL_MODEL_COST_MAP: 'True',
    LITELLM_MODE: 'PRODUCTION',
    LITELLM_LOG: 'ERROR',
    NO_PROXY: '127.0.0.1,localhost',
    PYTHONUNBUFFERED: '1',
  };
}

/** One LiteLLM replica (`litellm --config`, one uvicorn worker), resolved once it says it is healthy. */
export async function startReplica(options: ReplicaOptions): Promise<Service> {
  const configPath = join(options.workDir, `${options.name}.yaml`);
  // JSON is YAML, and PyYAML reads it; no number here is small enough to be written with an exponent.
  await writeFile(configPath, `${JSON.stringify(options.config, null, 2)}\n`, { mode: 0o600 });
  return startReady(
    {
      name: options.name,
      command: join(options.venvDir, 'bin', 'litellm'),
      args: ['--config', configPath, '--host', '127.0.0.1', '--port', String(options.port), '--num_workers', '1', '--telemetry', 'False'],
      env: replicaEnv(),
      cwd: options.workDir,
    },
    () => healthy(`http://127.0.0.1:${options.port}`),
    180_000,
  );
}

async function healthy(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/health/readiness`, { signal: AbortSignal.timeout(2000) });
  const parsed = Readiness.safeParse(await response.json());
  return response.ok && parsed.success && parsed.data.status === 'healthy';
}
