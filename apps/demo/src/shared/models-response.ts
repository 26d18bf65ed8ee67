import { type DiscoveryReport, type DiscoveryStatus, ProviderError, type SerializedProviderError } from '@modelgate/provider-contracts';
import { type ModelsOverview, type ModelsResponse } from './api-contract';

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

function reportError(report: DiscoveryReport): SerializedProviderError | undefined {
  if (!report.error) return undefined;
  const { code, message, status } = report.error;
  return new ProviderError({ code, message, status: status ?? null, provider: report.provider }).toJSON();
}

export function toModelsResponse(report: DiscoveryReport): ModelsResponse {
  const models = report.models.map(({ id, provider, name, mode, contextWindow, capabilities, pricing }) => ({
    id,
    provider,
    name,
    mode,
    contextWindow,
    capabilities,
    pricing,
  }));
  const error = reportError(report);
  return error ? { status: report.status, models, error } : { status: report.status, models };
}

/** Several providers' reports as one document: all their models, the first failure, and each one's status. */
export function toModelsOverview(reports: readonly DiscoveryReport[], nameOf: (providerId: string) => string): ModelsOverview {
  const failed = reports.find((report) => report.error !== null);
  const models = reports.flatMap((report) => toModelsResponse(report).models);
  const providers = reports.map((report) => {
    const error = reportError(report);
    return { id: report.provider, name: nameOf(report.provider), status: report.status, ...(error && { error }) };
  });
  const error = failed && reportError(failed);
  const status = failed?.status ?? (models.length > 0 ? 'ready' : 'empty');
  return { status, models, ...(error && { error }), providers };
}
