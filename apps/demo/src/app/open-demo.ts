import { type Logger as Pino } from 'pino';
import { type ToolExecutor } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { type Modelgate, createModelgate } from '@modelgate/provider-runtime';
import { type DemoConfig } from '../config/config';
import { toModelgateLogger } from '../logging/logger';
import { displayUrl } from '../shared/display-url';
import { createDemoToolset } from '../tools/demo-toolset';
import { type Gateway, openGateway } from './gateway';

/** Everything a command needs: the composed modelgate, the server-side tools and the gateway behind them. */
export interface Demo {
  config: DemoConfig;
  gateway: Gateway;
  modelgate: Modelgate;
  toolset: ToolExecutor;
  close(): Promise<void>;
}

/** The composition root: the environment's settings go in here and nowhere deeper. */
export async function openDemo(config: DemoConfig, logger: Pino): Promise<Demo> {
  const gateway = await openGateway(config.litellm);
  try {
    const toolset = createDemoToolset();
    const { timeoutMs, maxRetries } = config.litellm;
    const modelgate = await createModelgate({
      providers: [
        litellmModule({
          baseUrl: gateway.baseUrl,
          apiKey: gateway.apiKey,
          // One setting bounds both a chat call and each discovery request.
          ...(timeoutMs === undefined ? {} : { timeoutMs, discoveryTimeoutMs: timeoutMs }),
          ...(maxRetries === undefined ? {} : { maxRetries }),
        }),
      ],
      toolExecutor: toolset,
      logger: toModelgateLogger(logger),
    });
    logger.debug({ proxy: displayUrl(gateway.baseUrl), embedded: gateway.embedded, hasKey: gateway.apiKey !== undefined }, 'gateway ready');
    return { config, gateway, modelgate, toolset, close: () => gateway.close() };
  } catch (error) {
    await gateway.close();
    throw error;
  }
}
