import { randomBytes } from 'node:crypto';
import {
  type SimulatedModel,
  defaultSimulatedModels,
  scriptedReply,
  startGatewaySimulator,
} from '@modelgate/gateway-simulator';
import { type DemoConfig } from '../config/config';
import { LITELLM_UPSTREAM, UPSTREAM_KINDS, type UpstreamKind } from './upstreams';

/** One server behind a provider: a configured LiteLLM proxy or vLLM server, or the embedded simulator. */
export interface Gateway {
  /** The provider it serves, and how messages name it. */
  kind: UpstreamKind;
  baseUrl: string;
  apiKey: string | undefined;
  /** True when this is the embedded simulator (neither LITELLM_BASE_URL nor VLLM_BASE_URL). */
  embedded: boolean;
  close(): Promise<void>;
}

/** Streams a few characters at a time with a short pause, so the answer visibly arrives as it streams. */
function streamVisibly(model: SimulatedModel): SimulatedModel {
  const own = model.reply;
  return {
    ...model,
    reply: (request) => ({
      ...(typeof own === 'function' ? own(request) : (own ?? scriptedReply(request))),
      chunkSize: 4,
      chunkDelayMs: 30,
    }),
  };
}

async function openEmbeddedLiteLLM(): Promise<Gateway> {
  // A master key of its own, so the embedded run exercises authentication like a real proxy does.
  const masterKey = `sk-demo-${randomBytes(16).toString('hex')}`;
  const simulator = await startGatewaySimulator({
    host: '127.0.0.1',
    port: 0,
    masterKey,
    models: defaultSimulatedModels().map(streamVisibly),
  });
  return { kind: LITELLM_UPSTREAM, baseUrl: simulator.url, apiKey: masterKey, embedded: true, close: () => simulator.close() };
}

/**
 * The servers the demo talks to: every provider whose base URL is set, each with its own key (never another
 * provider's URL or key); with none set, the embedded simulator as LiteLLM.
 */
export async function openGateways(config: DemoConfig): Promise<[Gateway, ...Gateway[]]> {
  const configured = UPSTREAM_KINDS.flatMap((kind): Gateway[] => {
    const { baseUrl, apiKey } = config[kind.id];
    return baseUrl === undefined ? [] : [{ kind, baseUrl, apiKey, embedded: false, close: async () => undefined }];
  });
  const [first, ...rest] = configured;
  return first ? [first, ...rest] : [await openEmbeddedLiteLLM()];
}
