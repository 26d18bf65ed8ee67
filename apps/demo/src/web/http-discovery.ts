import { type DiscoveryReport, type ModelDiscovery } from '@modelgate/provider-contracts';
import { ApiFailure, type ApiClient } from './api-client';

/**
 * The page's discovery: the demo server's models route, read into a report for the model store. Never
 * throws, as the contract asks: a failure of the way to the server is a report too.
 */
export function createHttpDiscovery(api: ApiClient, onTokenRequired: () => void): ModelDiscovery {
  const report = (partial: Pick<DiscoveryReport, 'status' | 'models' | 'error'>): DiscoveryReport => ({
    provider: 'litellm',
    fetchedAt: new Date().toISOString(),
    // The route does not carry it, and nothing on the page reads it.
    enriched: false,
    ...partial,
  });
  return {
    providerId: 'litellm',
    async discover(options = {}) {
      try {
        const body = await api.getModels(options.signal);
        return report({
          status: body.status,
          // The route lists only models offered for chat; the rest of ModelInfo is "not reported".
          models: body.models.map((model) => ({ ...model, provider: 'litellm', mode: 'chat', maxOutputTokens: null })),
          error: body.error ? { code: body.error.code, message: body.error.message } : null,
        });
      } catch (error) {
        const { code, message } = error instanceof ApiFailure ? error.error : { code: 'unreachable' as const, message: 'No answer' };
        if (error instanceof ApiFailure && error.httpStatus === 401) onTokenRequired();
        return report({ status: error instanceof ApiFailure && error.httpStatus === 401 ? 'unauthorized' : 'unreachable', models: [], error: { code, message } });
      }
    },
  };
}
