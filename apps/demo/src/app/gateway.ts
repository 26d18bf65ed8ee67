import { randomBytes } from 'node:crypto';
import {
  type SimulatedModel,
  defaultSimulatedModels,
  scriptedReply,
  startGatewaySimulator,
} from '@modelgate/gateway-simulator';
import { type DemoConfig } from '../config/config';

/** The LiteLLM proxy the demo talks to: the configured one, or the embedded simulator. */
export interface Gateway {
  baseUrl: string;
  apiKey: string | undefined;
  /** True when this is the embedded simulator (no LITELLM_BASE_URL). */
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

export async function openGateway(litellm: DemoConfig['litellm']): Promise<Gateway> {
  if (litellm.baseUrl !== undefined) {
    return { baseUrl: litellm.baseUrl, apiKey: litellm.apiKey, embedded: false, close: async () => undefined };
  }
  // A master key of its own, so the embedded run exercises authentication like a real proxy does.
  const masterKey = `sk-demo-${randomBytes(16).toString('hex')}`;
  const simulator = await startGatewaySimulator({
    host: '127.0.0.1',
    port: 0,
    masterKey,
    models: defaultSimulatedModels().map(streamVisibly),
  });
  return { baseUrl: simulator.url, apiKey: masterKey, embedded: true, close: () => simulator.close() };
}
