import { type DiscoveryReport, type DiscoveryStatus, ProviderError } from '@modelgate/provider-contracts';
import { type ModelsResponse } from './api-contract';

/**
 * The HTTP status of a models answer: the body is the same contract either way, the status tells a client
 * (and a monitor) that "no models" because the proxy is down is a failure, unlike an empty proxy.
 */
export const DISCOVERY_HTTP_STATUS: Record<DiscoveryStatus, number> = {
  ready: 200,
  empty: 200,
  unreachable: 503,
  unauthorized: 502,
  misconfigured: 502,
  invalid_response: 502,
};

export function toModelsResponse(report: DiscoveryReport): ModelsResponse {
  const models = report.models.map(({ id, name, contextWindow, capabilities, pricing }) => ({
    id,
    name,
    contextWindow,
    capabilities,
    pricing,
  }));
  if (!report.error) return { status: report.status, models };
  const error = new ProviderError({ code: report.error.code, message: report.error.message, provider: report.provider });
  return { status: report.status, models, error: error.toJSON() };
}
