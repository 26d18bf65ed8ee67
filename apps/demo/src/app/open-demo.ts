import { type Logger as Pino } from 'pino';
import { type ToolExecutor } from '@modelgate/provider-contracts';
import { type TelemetryOptions } from '@modelgate/telemetry';
import { type Modelgate, createModelgate } from '@modelgate/provider-runtime';
import { type DemoConfig } from '../config/config';
import { toModelgateLogger } from '../logging/logger';
import { displayUrl } from '../shared/display-url';
import { createDemoToolset } from '../tools/demo-toolset';
import { type Gateway, openGateways } from './gateway';

/** Everything a command needs: the composed modelgate, the server-side tools and the servers behind them. */
export interface Demo {
  config: DemoConfig;
  /** One server per configured provider, LiteLLM first; the embedded simulator when none is configured. */
  gateways: readonly Gateway[];
  /** The first of `gateways`, for callers that know one server. */
  gateway: Gateway;
  modelgate: Modelgate;
  toolset: ToolExecutor;
  close(): Promise<void>;
}

async function closeAll(gateways: readonly Gateway[]): Promise<void> {
  await Promise.all(gateways.map((gateway) => gateway.close()));
}

/** The composition root: the environment's settings go in here and nowhere deeper. */
export async function openDemo(config: DemoConfig, logger: Pino, telemetry?: TelemetryOptions): Promise<Demo> {
  const gateways = await openGateways(config);
  try {
    const toolset = createDemoToolset();
    const modelgate = await createModelgate({
      // One module per server, each with its own URL and key: swapping or adding a provider is this list.
      providers: gateways.map((gateway) => {
        const { timeoutMs, maxRetries } = config[gateway.kind.id];
        return gateway.kind.module({
          baseUrl: gateway.baseUrl,
          apiKey: gateway.apiKey,
          // One setting bounds both a chat call and each discovery request.
          ...(timeoutMs === undefined ? {} : { timeoutMs, discoveryTimeoutMs: timeoutMs }),
          ...(maxRetries === undefined ? {} : { maxRetries }),
        });
      }),
      toolExecutor: toolset,
      logger: toModelgateLogger(logger),
      telemetry,
    });
    for (const gateway of gateways) {
      logger.debug(
        { provider: gateway.kind.id, server: displayUrl(gateway.baseUrl), embedded: gateway.embedded, hasKey: gateway.apiKey !== undefined },
        'provider ready',
      );
    }
    return { config, gateways, gateway: gateways[0], modelgate, toolset, close: () => closeAll(gateways) };
  } catch (error) {
    await closeAll(gateways);
    throw error;
  }
}
