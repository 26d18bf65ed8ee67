import { type DiscoveryReport, ProviderError } from '@modelgate/provider-contracts';
import { LITELLM_PROVIDER_ID } from '@modelgate/provider-litellm';
import { type ModelRegistry } from '@modelgate/model-registry';
import { displayUrl } from '../shared/display-url';
import { type CommandContext } from './context';
import { showProgress } from './terminal';

/** Asks the proxy for its models, with a progress line at a terminal. Never throws for a proxy problem. */
export async function discoverModels(context: CommandContext): Promise<DiscoveryReport> {
  const done = showProgress(context, `Discovering models at ${displayUrl(context.demo.gateway.baseUrl)}`);
  try {
    const reports = await context.demo.modelgate.discovery.refresh({ providerId: LITELLM_PROVIDER_ID, signal: context.signal });
    const report = reports.find((candidate) => candidate.provider === LITELLM_PROVIDER_ID);
    if (!report) throw new ProviderError({ code: 'misconfigured', message: 'No LiteLLM discovery is bound', provider: LITELLM_PROVIDER_ID });
    context.logger.debug({ status: report.status, models: report.models.length, enriched: report.enriched }, 'discovery finished');
    return report;
  } finally {
    done();
  }
}

/** A failed discovery as the error the CLI reports: the reason, and which proxy it was about. */
export function discoveryFailure(report: DiscoveryReport, baseUrl: string): ProviderError | null {
  if (!report.error) return null;
  return new ProviderError({
    code: report.error.code,
    message: `${report.error.message} (LiteLLM proxy at ${displayUrl(baseUrl)})`,
    provider: report.provider,
  });
}

/** A model id as typed: exact, or without the `litellm/` prefix. */
export function resolveModelId(input: string, registry: ModelRegistry): string {
  for (const candidate of [input, `${LITELLM_PROVIDER_ID}/${input}`]) {
    if (registry.getModel(candidate)) return candidate;
  }
  throw new ProviderError({
    code: 'model_not_found',
    message: `Model "${input}" is not served by the proxy (list them with: npm start -- models)`,
    model: input,
  });
}
