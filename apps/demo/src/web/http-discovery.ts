import { type DiscoveryReport, type ModelDiscovery } from '@modelgate/provider-contracts';
import { ApiFailure, type ApiClient } from './api-client';

/**
 * The page's discovery of one provider: the demo server's models route for it, read into a report for the
 * model store. Never throws, as the contract asks: a failure of the way to the server is a report too.
 */
export function createHttpDiscovery(api: ApiClient, providerId: string, onTokenRequired: () => void): ModelDiscovery {
  const report = (partial: Pick<DiscoveryReport, 'status' | 'models' | 'error'>): DiscoveryReport => ({
    provider: providerId,
    fetchedAt: new Date().toISOString(),
    // The route does not carry it, and nothing on the page reads it.
    enriched: false,
    ...partial,
  });
  return {
    providerId,
    async discover(options = {}) {
      try {
        const body = await api.getModels(providerId, options.signal);
        return report({
          status: body.status,
          // The route does not carry the output limit: "not reported".
          models: body.models.map((model) => ({ ...model, maxOutputTokens: null })),
          error: body.error ? { code: body.error.code, message: body.error.message } : null,
        });
      } catch (error) {
        const { code, message } = error instanceof ApiFailure ? error.error : { code: 'unreachable' as const, message: 'No answer' };
        const refused = error instanceof ApiFailure && error.httpStatus === 401;
        if (refused) onTokenRequired();
        return report({ status: refused ? 'unauthorized' : 'unreachable', models: [], error: { code, message } });
      }
    },
  };
}
