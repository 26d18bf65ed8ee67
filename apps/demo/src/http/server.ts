import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type ToolExecutor } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';
import { LIMITS } from '../shared/api-contract';
import { answerClientError } from './client-error';
import { answerFrameworkError, registerErrorHandling, sendNotFound } from './errors';
import { registerJsonBody } from './json-body';
import { refuseUndeclaredMethods } from './method-not-allowed';
import { createModelCheck } from './model-check';
import { registerOpenApi, registerOpenApiRoute } from './openapi';
import { registerChatRoute } from './routes/chat';
import { registerEmbeddingsRoute } from './routes/embeddings';
import { registerHealthRoute } from './routes/health';
import { registerModelsRoutes } from './routes/models';
import { registerPageRoutes } from './routes/page';
import { registerSecurity, requireApiToken } from './security';
import { requireTenant } from './tenant-auth';
import { type Tenant } from '../config/tenants';

export interface DemoServerOptions {
  modelgate: Pick<Modelgate, 'registry' | 'store' | 'discovery' | 'execution'>;
  toolset: ToolExecutor;
  /** A pino logger with redaction (`createDemoLogger`). */
  logger: FastifyBaseLogger;
  /** When set, `/api/*` needs `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /** When set, `/api/*` needs one tenant's token, and that tenant's LiteLLM key is used for its calls. */
  tenants?: readonly Tenant[];
  /** Whether the server listens on loopback only (then requests must name a loopback host). */
  loopbackOnly: boolean;
  /** Folder of the built page (`index.html`, `app.js`, `app.css`). */
  webRoot?: string;
}

/**
 * Above what Node lets into a request line (its header limit, 16 KiB): the router never turns a long path
 * parameter away itself, before the `/api` scope has asked for the token; the route answers it instead.
 */
const MAX_PARAM_LENGTH = 16_384;

/** A request must arrive whole within this; a client that stops sending gets a 408, not a socket held open. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The demo's HTTP API and page. No CORS plugin: other origins are refused, never invited. */
export async function buildServer(options: DemoServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: LIMITS.bodyBytes,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Open SSE streams must not hold `close()` up; their upstream calls are aborted with them.
    forceCloseConnections: true,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError(LIMITS.bodyBytes),
    clientErrorHandler: answerClientError,
  });
  // JSON only: a text/plain POST is a "simple" request a foreign page could send without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  registerJsonBody(app);
  registerSecurity(app, { loopbackOnly: options.loopbackOnly });
  registerErrorHandling(app, LIMITS.bodyBytes);
  await registerOpenApi(app, { tokenRequired: options.apiToken !== undefined || options.tenants !== undefined });
  const refuseOtherMethods = refuseUndeclaredMethods(app);
  registerHealthRoute(app);
  // The token is asked for by this scope, on the routes the router matched in it: never by a prefix of the raw URL.
  await app.register(
    async (api) => {
      requireApiToken(api, options.apiToken);
      requireTenant(api, options.tenants);
      api.setNotFoundHandler(sendNotFound);
      const refuseOtherApiMethods = refuseUndeclaredMethods(api);
      registerModelsRoutes(api, options.modelgate);
      const models = createModelCheck(options.modelgate);
      registerChatRoute(api, { execution: options.modelgate.execution, models, toolset: options.toolset });
      registerEmbeddingsRoute(api, { execution: options.modelgate.execution, models });
      registerOpenApiRoute(api);
      refuseOtherApiMethods();
    },
    { prefix: '/api' },
  );
  await registerPageRoutes(app, options.webRoot);
  refuseOtherMethods();
  return app;
}
