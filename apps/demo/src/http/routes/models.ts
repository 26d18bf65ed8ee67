import { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Modelgate } from '@modelgate/provider-runtime';
import { ModelsResponse, ProvidersResponse } from '../../shared/api-contract';
import { DISCOVERY_HTTP_STATUS, toModelsResponse } from '../../shared/models-response';
import { abortOnDisconnect } from '../abort-on-disconnect';
import { sendError } from '../errors';
import { ERROR_RESPONSE, jsonSchema } from '../openapi';
import { toPublicError } from '../public-error';
import { tenantCredentials } from '../tenant-credentials';

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

const MODELS_RESPONSE = jsonSchema(ModelsResponse, 'output');

/**
 * `GET /api/providers` lists the configured providers that discover their models; `GET
 * /api/providers/:provider/models` asks one of them afresh on every call, so the answer says whether it is up,
 * empty, or refusing the key. `/api/providers/litellm/models` is this route for LiteLLM. Registered in the
 * `/api` scope.
 */
export function registerModelsRoutes(api: FastifyInstance, modelgate: Pick<Modelgate, 'registry' | 'discovery'>): void {
  // Fixed at start-up: the modules are composed once, so the list cannot change while the server runs.
  const providers = modelgate.registry.getProviders().filter((provider) => provider.kind === 'dynamic');
  const body: ProvidersResponse = { providers: providers.map(({ id, name }) => ({ id, name })) };
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const ids = providers.map((provider) => provider.id);

  api.get(
    '/providers',
    {
      schema: {
        operationId: 'listProviders',
        response: { 200: { description: 'The configured providers', ...jsonSchema(ProvidersResponse, 'output') }, default: ERROR_RESPONSE },
      },
      // Each listed provider's models are one request away: a fuzzer follows the link with the ids it got.
      links: { 200: { models: { operationId: 'listModels', parameters: { provider: '$response.body#/providers/0/id' } } } },
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send(body),
  );

  api.get<{ Params: { provider: string } }>(
    '/providers/:provider/models',
    {
      schema: {
        operationId: 'listModels',
        params: jsonSchema(z.object({ provider: ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.string() }), 'input'),
        response: {
          200: { description: 'The provider answered: `ready` or `empty`', ...MODELS_RESPONSE },
          502: { description: 'The provider refused the key or is not the server expected', ...MODELS_RESPONSE },
          503: { description: 'The provider could not be reached', ...MODELS_RESPONSE },
          default: ERROR_RESPONSE,
        },
      },
    },
    async (request, reply) => {
      const providerId = request.params.provider;
      if (!byId.has(providerId)) {
        // The id is echoed only when it looks like one: a path segment is the client's text.
        const named = PROVIDER_ID.test(providerId) ? `"${providerId}" ` : '';
        return sendError(reply, 404, 'bad_request', `No provider ${named}is configured on this server (configured: ${ids.join(', ')})`);
      }
      const credentials = tenantCredentials(request, providerId);
      const reports = await modelgate.discovery.refresh({ providerId, signal: abortOnDisconnect(reply), ...(credentials && { credentials }) });
      const report = reports.find((candidate) => candidate.provider === providerId);
      if (!report) throw new Error(`Discovery returned no report for ${providerId}`);
      const answer = toModelsResponse(report);
      if (answer.error) request.log.warn({ code: answer.error.code, provider: providerId, detail: answer.error.message }, 'discovery failed');
      return reply
        .code(DISCOVERY_HTTP_STATUS[report.status])
        .header('cache-control', 'no-store')
        .send(answer.error ? { ...answer, error: toPublicError(answer.error) } : answer);
    },
  );
}
