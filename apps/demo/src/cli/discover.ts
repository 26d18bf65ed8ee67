import { type Credentials, type DiscoveryReport, ProviderError } from '@modelgate/provider-contracts';
import { isOlderThanSupportedLitellm, LITELLM_PROVIDER_ID, OLDEST_SUPPORTED_LITELLM } from '@modelgate/provider-litellm';
import { type Demo } from '../app/open-demo';
import { displayUrl } from '../shared/display-url';
import { type CommandContext } from './context';
import { showProgress } from './terminal';

/**
 * Asks every configured provider (or the one named) for its models, with a progress line at a terminal.
 * Never throws for a server problem: each report carries its own status.
 */
export async function discoverModels(context: CommandContext, providerId?: string, credentials?: Credentials): Promise<DiscoveryReport[]> {
  const gateways = context.demo.gateways.filter((gateway) => providerId === undefined || gateway.kind.id === providerId);
  const done = showProgress(context, `Discovering models at ${gateways.map((gateway) => displayUrl(gateway.baseUrl)).join(' and ')}`);
  try {
    const reports = await context.demo.modelgate.discovery.refresh({ providerId, signal: context.signal, ...(credentials && { credentials }) });
    for (const report of reports) {
      context.logger.debug({ provider: report.provider, status: report.status, models: report.models.length, enriched: report.enriched }, 'discovery finished');
      const version = report.serverVersion;
      if (report.provider === LITELLM_PROVIDER_ID && version && isOlderThanSupportedLitellm(version)) {
        context.logger.warn({ provider: report.provider, version }, `LiteLLM ${version} is older than ${OLDEST_SUPPORTED_LITELLM}, the oldest release modelgate is tested against`);
      }
    }
    return reports;
  } finally {
    done();
  }
}

/** Where a provider's models come from, for messages: "LiteLLM proxy at http://127.0.0.1:4000". */
export function describeServer(demo: Pick<Demo, 'gateways'>, providerId: string): string {
  const gateway = demo.gateways.find((candidate) => candidate.kind.id === providerId);
  return gateway ? `${gateway.kind.label} at ${displayUrl(gateway.baseUrl)}` : providerId;
}

/** The failed discoveries as the errors the CLI reports: the reason, and which server it was about. */
export function discoveryFailures(reports: readonly DiscoveryReport[], demo: Pick<Demo, 'gateways'>): ProviderError[] {
  return reports.flatMap((report) =>
    report.error
      ? [new ProviderError({ code: report.error.code, message: `${report.error.message} (${describeServer(demo, report.provider)})`, provider: report.provider })]
      : [],
  );
}

const modelPrefix = (demo: Pick<Demo, 'modelgate'>, providerId: string) => demo.modelgate.registry.getProvider(providerId).modelPrefix;

/**
 * A model id as typed: exact, or without its provider's prefix (`gpt-4o-mini` for `litellm/gpt-4o-mini`), as
 * long as only one provider serves a model of that name.
 */
export function resolveModelId(input: string, demo: Pick<Demo, 'gateways' | 'modelgate'>, scope?: string): string {
  const { registry } = demo.modelgate;
  if (registry.getModel(input, scope)) return input;
  const matches = demo.gateways
    .map((gateway) => `${modelPrefix(demo, gateway.kind.id)}${input}`)
    .filter((candidate) => registry.getModel(candidate, scope) !== undefined);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new ProviderError({ code: 'bad_request', message: `Model "${input}" is served by several providers: name one of ${matches.join(', ')}`, model: input });
  }
  const servers = demo.gateways.map((gateway) => `the ${gateway.kind.label}`).join(' or ');
  throw new ProviderError({
    code: 'model_not_found',
    message: `Model "${input}" is not served by ${servers} (list them with: npm start -- models)`,
    model: input,
  });
}

/**
 * Discovers what a chat needs and resolves the model: only its provider's models when the id names one, else
 * every provider's. A model that is not found on a provider that failed to answer reports that failure.
 */
export async function discoverChatModel(context: CommandContext, input: string, apiKey?: string): Promise<string> {
  const named = context.demo.gateways.find((gateway) => input.startsWith(modelPrefix(context.demo, gateway.kind.id)));
  // A chat's own key is a LiteLLM key: its discovery is LiteLLM's alone, and its models those of that key.
  const providerId = apiKey === undefined ? named?.kind.id : LITELLM_PROVIDER_ID;
  const reports = await discoverModels(context, providerId, apiKey === undefined ? undefined : { apiKey });
  const [failure] = discoveryFailures(reports, context.demo);
  try {
    const scope = apiKey === undefined ? undefined : context.demo.modelgate.registry.scopeOf(apiKey);
    return resolveModelId(input, context.demo, scope);
  } catch (error) {
    throw failure ?? error;
  }
}
