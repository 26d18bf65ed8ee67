import {
  type DiscoveryReport,
  type ModelDiscovery,
  isProviderError,
  issuePaths,
  redactSecrets,
} from '@modelgate/provider-contracts';
import { parseDiscoveryReport } from './parse-discovery-report';

type FailureStatus = Exclude<DiscoveryReport['status'], 'ready' | 'empty'>;

/** A report of a discovery that produced no usable answer; the status doubles as the error code. */
export function failureReport(provider: string, status: FailureStatus, message: string): DiscoveryReport {
  return { provider, status, models: [], error: { code: status, message }, fetchedAt: new Date().toISOString(), enriched: false };
}

/**
 * Runs one provider's discovery and always resolves with a report. Discoveries promise never to throw and to
 * answer in shape; one that breaks that promise becomes an `invalid_response` report instead of taking the
 * other providers' refresh down with it.
 */
export async function runDiscovery(
  providerId: string,
  discovery: ModelDiscovery | undefined,
  signal: AbortSignal,
): Promise<DiscoveryReport> {
  if (!discovery) return failureReport(providerId, 'misconfigured', `No model discovery is bound for provider "${providerId}"`);
  let answer: unknown;
  try {
    answer = await discovery.discover({ signal });
  } catch (error) {
    return failureReport(providerId, 'invalid_response', `Discovery for "${providerId}" failed: ${describe(error)}`);
  }
  const parsed = parseDiscoveryReport(answer);
  if (!parsed.success) {
    const paths = issuePaths(parsed.error);
    return failureReport(providerId, 'invalid_response', `Discovery for "${providerId}" answered out of shape at ${paths}`);
  }
  if (parsed.data.provider !== providerId) {
    return failureReport(providerId, 'invalid_response', `Discovery for "${providerId}" answered for "${parsed.data.provider}"`);
  }
  return parsed.data;
}

/** Short and free of secrets: the code of a ProviderError, else the message cut to one line. */
function describe(error: unknown): string {
  if (isProviderError(error)) return `${error.code}: ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return redactSecrets(firstLine.slice(0, 200));
}
