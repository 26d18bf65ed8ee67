import { type FastifyInstance } from 'fastify';
import { type GatewaySimulator, type SimulatorOptions, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type Demo, openDemo } from '../app/open-demo';
import { loadConfig } from '../config/config';
import { buildServer } from '../http/server';
import { createDemoLogger } from '../logging/logger';
import { captureLogs } from './log-capture';

/** A key shaped like a real one: it must never show up in an answer, a log line or an error. */
export const CANARY_KEY = 'sk-canary-demo-0123456789abcdef';

export interface Harness {
  simulator: GatewaySimulator;
  demo: Demo;
  app: FastifyInstance;
  logs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  simulator?: SimulatorOptions;
  /** The key the demo sends; defaults to the simulator's master key. */
  apiKey?: string;
  /** Point the demo somewhere else than the simulator (a closed port, say). */
  baseUrl?: string;
  apiToken?: string;
  webRoot?: string;
  timeoutMs?: number;
  /** Client retries (MODELGATE_MAX_RETRIES); none by default, so each fault reaches the caller as it is. */
  maxRetries?: number;
}

/** The demo server composed as `serve` does, in front of a gateway simulator on a loopback port. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const simulator = await startGatewaySimulator({ masterKey: CANARY_KEY, ...options.simulator });
  const { lines, destination } = captureLogs();
  const logger = createDemoLogger({ level: 'debug', destination });
  const config = loadConfig({
    LITELLM_BASE_URL: options.baseUrl ?? simulator.url,
    LITELLM_API_KEY: options.apiKey ?? CANARY_KEY,
    MODELGATE_MAX_RETRIES: String(options.maxRetries ?? 0),
    MODELGATE_TIMEOUT_MS: String(options.timeoutMs ?? 10_000),
  });
  const demo = await openDemo(config, logger);
  const app = await buildServer({
    modelgate: demo.modelgate,
    toolset: demo.toolset,
    logger,
    apiToken: options.apiToken,
    loopbackOnly: true,
    webRoot: options.webRoot,
  });
  return {
    simulator,
    demo,
    app,
    logs: lines,
    close: async () => {
      await app.close();
      await demo.close();
      await simulator.close();
    },
  };
}

/** Waits until `check` holds (an event elsewhere, not a timing), failing after `limitMs`. */
export async function eventually(check: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A port nothing listens on: bound once, then released. */
export async function closedPortUrl(): Promise<string> {
  const simulator = await startGatewaySimulator();
  const url = simulator.url;
  await simulator.close();
  return url;
}
