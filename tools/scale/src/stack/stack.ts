import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pickPort } from '../processes/ports';
import { type Service } from '../processes/service';
import { AccessLog } from '../report/access-log';
import { buildDemo, startDemoApp } from './demo-app';
import { type LitellmInstall } from './litellm-install';
import { startNginx } from './nginx';
import { buildScaleProxyConfig } from './proxy-config';
import { startRedis } from './redis';
import { startReplica } from './litellm-replica';
import { startUpstream, upstreamKeyOf, type ScriptedUpstream } from './upstream';

export interface StackOptions {
  readonly root: string;
  readonly workDir: string;
  readonly litellm: LitellmInstall;
  readonly rpm: number;
  readonly log: (line: string) => void;
}

/** An instance of the arrangement that a scenario may kill and start again. */
export interface Instance {
  readonly name: string;
  readonly address: string;
  service: Service;
  restart(): Promise<void>;
}

export interface Stack {
  readonly frontUrl: string;
  readonly upstream: ScriptedUpstream;
  readonly replicas: readonly Instance[];
  readonly apps: readonly Instance[];
  readonly replicaLog: AccessLog;
  readonly appLog: AccessLog;
  /** `host:port` -> instance name, for counting from headers and access logs. */
  readonly names: ReadonlyMap<string, string>;
  /** What each process is, for the report. */
  readonly processes: readonly string[];
  stop(): Promise<void>;
}

const address = (port: number) => `127.0.0.1:${port}`;

/**
 * Starts the whole arrangement on loopback: the scripted upstream (in this process), Redis, two LiteLLM
 * replicas sharing it, one nginx balancing the replicas and, on a second port, two demo instances.
 * Whatever started is registered for `stop` before the next thing starts, so a failure half-way stops it too.
 */
export async function startStack(options: StackOptions, started: Array<() => Promise<void>>): Promise<Stack> {
  const { log } = options;
  const taken = new Set<number>();
  const ports = async (count: number) => {
    const picked: number[] = [];
    for (let index = 0; index < count; index += 1) picked.push(await pickPort(taken));
    return picked;
  };
  const [redisPort = 0, proxyPort = 0, frontPort = 0] = await ports(3);
  const replicaPorts = await ports(2);
  const appPorts = await ports(2);
  const masterKey = `sk-scale-${randomBytes(12).toString('hex')}`;
  const processes: string[] = [];

  const upstream = await startUpstream();
  started.push(() => upstream.simulator.close());
  processes.push(`upstream: gateway simulator (vLLM flavour, node:http) in the runner at ${upstream.simulator.url}`);

  const redis = await startRedis(redisPort, options.workDir);
  started.push(() => redis.stop());
  processes.push(`redis: redis-server pid ${redis.pid} at ${address(redisPort)}`);

  const config = (name: string) =>
    buildScaleProxyConfig({ masterKey, upstreamUrl: upstream.simulator.url, upstreamKey: upstreamKeyOf(name), redisPort, rpm: options.rpm });
  const outdir = join(options.root, 'dist/tools/scale/demo');
  const began = performance.now();
  const [replicas] = await Promise.all([
    Promise.all(
      replicaPorts.map((port, index) =>
        instance(`litellm-${'ab'[index]}`, port, started, (name) =>
          startReplica({ name, venvDir: options.litellm.venvDir, workDir: options.workDir, port, config: config(name) }),
        ),
      ),
    ),
    buildDemo(options.root, outdir),
  ]);
  log(`scale: 2 LiteLLM ${options.litellm.version} replicas ready in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  for (const replica of replicas) processes.push(`${replica.name}: litellm --num_workers 1, group ${replica.service.pid}, at ${replica.address}`);

  const prefix = join(options.workDir, 'nginx');
  const nginx = await startNginx({ prefix, proxyPort, replicaPorts, frontPort, appPorts });
  started.push(() => nginx.stop());
  processes.push(`nginx: one master and worker (group ${nginx.pid}), replicas at ${address(proxyPort)}, apps at ${address(frontPort)}`);

  const apps = await Promise.all(
    appPorts.map((port, index) =>
      instance(`app-${index + 1}`, port, started, (name) =>
        // The default 60 s: LiteLLM's rpm refusal says retry-after 60, longer than half a call may last, so it
        // reaches the caller at once as rate_limited (openai 7 sleeps up to 60 s as told otherwise, and the
        // rate-limit scenario's chats would hang past its one-minute window).
        startDemoApp({ name, outdir, port, proxyUrl: `http://${address(proxyPort)}`, apiKey: masterKey, maxRetries: 2, timeoutMs: 60_000 }),
      ),
    ),
  );
  for (const app of apps) processes.push(`${app.name}: node demo serve, pid ${app.service.pid}, at ${app.address}`);

  const names = new Map([...replicas, ...apps].map((each) => [each.address, each.name]));
  return {
    frontUrl: `http://${address(frontPort)}`,
    upstream,
    replicas,
    apps,
    replicaLog: new AccessLog(join(prefix, 'replicas.log')),
    appLog: new AccessLog(join(prefix, 'apps.log')),
    names,
    processes,
    stop: async () => {
      for (const stop of started.splice(0).reverse()) await stop();
    },
  };
}

async function instance(
  name: string,
  port: number,
  started: Array<() => Promise<void>>,
  start: (name: string) => Promise<Service>,
): Promise<Instance> {
  const made: Instance = {
    name,
    address: address(port),
    service: await start(name),
    restart: async () => {
      made.service = await start(name);
    },
  };
  started.push(() => made.service.stop());
  return made;
}
