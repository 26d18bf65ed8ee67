import { type FastifyInstance } from 'fastify';
import { type DiscoveryService } from '@modelgate/provider-runtime';
import { LITELLM_PROVIDER_ID } from '@modelgate/provider-litellm';
import { DISCOVERY_HTTP_STATUS, toModelsResponse } from '../../shared/models-response';
import { abortOnDisconnect } from '../abort-on-disconnect';

/** Asks the proxy afresh on every call: the answer says whether it is up, empty, or refusing the key. */
export function registerModelsRoute(app: FastifyInstance, discovery: DiscoveryService): void {
  app.get(`/api/providers/${LITELLM_PROVIDER_ID}/models`, async (_request, reply) => {
    const reports = await discovery.refresh({ providerId: LITELLM_PROVIDER_ID, signal: abortOnDisconnect(reply) });
    const report = reports.find((candidate) => candidate.provider === LITELLM_PROVIDER_ID);
    if (!report) throw new Error('Discovery returned no report for litellm');
    return reply.code(DISCOVERY_HTTP_STATUS[report.status]).header('cache-control', 'no-store').send(toModelsResponse(report));
  });
}
