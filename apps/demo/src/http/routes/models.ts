import { type FastifyInstance } from 'fastify';
import { type Modelgate } from '@modelgate/provider-runtime';
import { type ProvidersResponse } from '../../shared/api-contract';
import { DISCOVERY_HTTP_STATUS, toModelsResponse } from '../../shared/models-response';
import { abortOnDisconnect } from '../abort-on-disconnect';
import { sendError } from '../errors';

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * `GET /api/providers` lists the configured providers that discover their models; `GET
 * /api/providers/:provider/models` asks one of them afresh on every call, so the answer says whether it is up,
 * empty, or refusing the key. `/api/providers/litellm/models` is this route for LiteLLM.
 */
export function registerModelsRoutes(app: FastifyInstance, modelgate: Pick<Modelgate, 'registry' | 'discovery'>): void {
  // Fixed at start-up: the modules are composed once, so the list cannot change while the server runs.
  const providers = modelgate.registry.getProviders().filter((provider) => provider.kind === 'dynamic');
  const body: ProvidersResponse = { providers: providers.map(({ id, name }) => ({ id, name })) };
  const byId = new Map(providers.map((provider) => [provider.id, provider]));

  app.get('/api/providers', async (_request, reply) => reply.header('cache-control', 'no-store').send(body));

  app.get<{ Params: { provider: string } }>('/api/providers/:provider/models', async (request, reply) => {
    const providerId = request.params.provider;
    if (!byId.has(providerId)) {
      // The id is echoed only when it looks like one: a path segment is the client's text.
      const named = PROVIDER_ID.test(providerId) ? `"${providerId}" ` : '';
      const configured = providers.map((provider) => provider.id).join(', ');
      return sendError(reply, 404, 'bad_request', `No provider ${named}is configured on this server (configured: ${configured})`);
    }
    const reports = await modelgate.discovery.refresh({ providerId, signal: abortOnDisconnect(reply) });
    const report = reports.find((candidate) => candidate.provider === providerId);
    if (!report) throw new Error(`Discovery returned no report for ${providerId}`);
    return reply.code(DISCOVERY_HTTP_STATUS[report.status]).header('cache-control', 'no-store').send(toModelsResponse(report));
  });
}
