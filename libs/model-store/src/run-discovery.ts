import {
  type DiscoverOptions,
  type DiscoveryReport,
  type ModelDiscovery,
  isProviderError,
  redactSecrets,
} from '@modelgate/provider-contracts';

type FailureStatus = Exclude<DiscoveryReport['status'], 'ready' | 'empty'>;

/** A report of a discovery that produced no usable answer; the status doubles as the error code. */
export function failureReport(provider: string, status: FailureStatus, message: string): DiscoveryReport {
  return { provider, status, models: [], error: { code: status, message }, fetchedAt: new Date().toISOString(), enriched: false };
}

/**
 * Runs one provider's discovery and always resolves with a report. Discoveries promise never to throw; one
 * that breaks that promise, or answers for another provider, becomes an `invalid_response` report instead of
 * taking the other providers' refresh down with it. The report itself is the discovery's own code's, built
 * from answers it parsed where they entered: it is trusted, not parsed again.
 */
export async function runDiscovery(
  providerId: string,
  discovery: ModelDiscovery | undefined,
  options: DiscoverOptions & { signal: AbortSignal },
): Promise<DiscoveryReport> {
  if (!discovery) return failureReport(providerId, 'misconfigured', `No model discovery is bound for provider "${providerId}"`);
  let answer: DiscoveryReport;
  try {
    answer = await discovery.discover(options);
  } catch (error) {
    return failureReport(providerId, 'invalid_response', `Discovery for "${providerId}" failed: ${describe(error)}`);
  }
  if (answer.provider !== providerId) {
    return failureReport(providerId, 'invalid_response', `Discovery for "${providerId}" answered for "${answer.provider}"`);
  }
  return answer;
}

/** Short and free of secrets: the code of a ProviderError, else the message cut to one line. */
function describe(error: unknown): string {
  if (isProviderError(error)) return `${error.code}: ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return redactSecrets(firstLine.slice(0, 200));
}
