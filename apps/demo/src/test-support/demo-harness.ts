import { type FastifyInstance } from 'fastify';
import { type GatewaySimulator, type SimulatorOptions, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type Demo, openDemo } from '../app/open-demo';
import { loadConfig } from '../config/config';
import { type Tenant } from '../config/tenants';
import { buildServer } from '../http/server';
import { createDemoLogger } from '../logging/logger';
import { captureLogs } from './log-capture';

/** A key shaped like a real one: it must never show up in an answer, a log line or an error. */
export const CANARY_KEY = 'sk-canary-demo-0123456789abcdef';
/** The vLLM server's key: each provider's key must reach its own server only. */
export const VLLM_CANARY_KEY = 'sk-canary-vllm-fedcba9876543210';

/** What the vLLM simulator serves unless told otherwise: two models, as `vllm serve` lists them. */
export const VLLM_MODELS = [
  { id: 'meta-llama/Llama-3.1-8B-Instruct', modelInfo: { max_input_tokens: 131_072 } },
  { id: 'Qwen/Qwen2.5-7B-Instruct', modelInfo: { max_input_tokens: 32_768 } },
];

/** A model whose gateway says it reads PDF files (none of the default catalogue does). */
export const PDF_READER_MODEL = { id: 'pdf-reader', modelInfo: { mode: 'chat', max_input_tokens: 32000, supports_pdf_input: true } };

export interface Harness {
  /** The LiteLLM proxy's simulator. */
  simulator: GatewaySimulator;
  /** The vLLM server's simulator, when the harness was asked for one. */
  vllm?: GatewaySimulator;
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
  /** Tenants of the HTTP API (MODELGATE_TENANTS, parsed). */
  tenants?: readonly Tenant[];
  webRoot?: string;
  timeoutMs?: number;
  /** Client retries (MODELGATE_MAX_RETRIES); none by default, so each fault reaches the caller as it is. */
  maxRetries?: number;
  /**
   * `false` leaves LITELLM_BASE_URL unset: the LiteLLM simulator still runs, so a test can show that nothing
   * reaches it. Default: configured.
   */
  litellm?: boolean;
  /** Also a vLLM server: a second simulator, of the vLLM flavour, configured through VLLM_BASE_URL. */
  vllm?: VllmHarnessOptions;
}

export interface VllmHarnessOptions {
  /** Its models default to `VLLM_MODELS`, its key to `VLLM_CANARY_KEY`. */
  simulator?: Omit<SimulatorOptions, 'flavor'>;
  /** The key the demo sends to it; defaults to its master key. */
  apiKey?: string;
  /** Point VLLM_BASE_URL somewhere else than its simulator (a closed port, say). */
  baseUrl?: string;
}

/**
 * The demo server composed as `serve` does, in front of a gateway simulator on a loopback port (as LiteLLM),
 * and a second one as vLLM when asked.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const simulator = await startGatewaySimulator({ masterKey: CANARY_KEY, ...options.simulator });
  const vllm = options.vllm
    ? await startGatewaySimulator({ masterKey: VLLM_CANARY_KEY, models: VLLM_MODELS, ...options.vllm.simulator, flavor: 'vllm' })
    : undefined;
  const { lines, destination } = captureLogs();
  const logger = createDemoLogger({ level: 'debug', destination });
  const config = loadConfig({
    ...(options.litellm === false ? {} : { LITELLM_BASE_URL: options.baseUrl ?? simulator.url, LITELLM_API_KEY: options.apiKey ?? CANARY_KEY }),
    ...(vllm && { VLLM_BASE_URL: options.vllm?.baseUrl ?? vllm.url, VLLM_API_KEY: options.vllm?.apiKey ?? VLLM_CANARY_KEY }),
    MODELGATE_MAX_RETRIES: String(options.maxRetries ?? 0),
    MODELGATE_TIMEOUT_MS: String(options.timeoutMs ?? 10_000),
  });
  const demo = await openDemo(config, logger);
  const app = await buildServer({
    modelgate: demo.modelgate,
    toolset: demo.toolset,
    logger,
    apiToken: options.apiToken,
    tenants: options.tenants,
    loopbackOnly: true,
    webRoot: options.webRoot,
  });
  return {
    simulator,
    ...(vllm && { vllm }),
    demo,
    app,
    logs: lines,
    close: async () => {
      await app.close();
      await demo.close();
      await Promise.all([simulator.close(), vllm?.close()]);
    },
  };
}

/** A port nothing listens on: bound once, then released. */
export async function closedPortUrl(): Promise<string> {
  const simulator = await startGatewaySimulator();
  const url = simulator.url;
  await simulator.close();
  return url;
}

export { eventually } from '@modelgate/testing';
