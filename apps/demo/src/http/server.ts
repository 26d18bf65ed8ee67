import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type ToolExecutor } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';
import { LIMITS } from '../shared/api-contract';
import { registerErrorHandling } from './errors';
import { createModelCheck } from './model-check';
import { registerChatRoute } from './routes/chat';
import { registerHealthRoute } from './routes/health';
import { registerModelsRoutes } from './routes/models';
import { registerPageRoutes } from './routes/page';
import { registerSecurity } from './security';

export interface DemoServerOptions {
  modelgate: Pick<Modelgate, 'registry' | 'store' | 'discovery' | 'execution'>;
  toolset: ToolExecutor;
  /** A pino logger with redaction (`createDemoLogger`). */
  logger: FastifyBaseLogger;
  /** When set, `/api/*` needs `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /** Whether the server listens on loopback only (then requests must name a loopback host). */
  loopbackOnly: boolean;
  /** Folder of the built page (`index.html`, `app.js`, `app.css`). */
  webRoot?: string;
}

/** The demo's HTTP API and page. No CORS plugin: other origins are refused, never invited. */
export async function buildServer(options: DemoServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: LIMITS.bodyBytes,
    // Open SSE streams must not hold `close()` up; their upstream calls are aborted with them.
    forceCloseConnections: true,
  });
  // JSON only: a text/plain POST is a "simple" request a foreign page could send without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  registerSecurity(app, { apiToken: options.apiToken, loopbackOnly: options.loopbackOnly });
  registerErrorHandling(app, LIMITS.bodyBytes);
  registerHealthRoute(app);
  registerModelsRoutes(app, options.modelgate);
  registerChatRoute(app, {
    execution: options.modelgate.execution,
    models: createModelCheck(options.modelgate),
    toolset: options.toolset,
  });
  await registerPageRoutes(app, options.webRoot);
  return app;
}
