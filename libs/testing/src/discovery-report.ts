import { type DiscoveryReport, type ModelInfo } from '@modelgate/provider-contracts';

/** A `ready` report of LiteLLM listing `models`, enriched, at a fixed time; any field can be overridden. */
export function discoveryReport(models: readonly ModelInfo[], overrides: Partial<DiscoveryReport> = {}): DiscoveryReport {
  return {
    provider: 'litellm',
    status: 'ready',
    models: [...models],
    error: null,
    fetchedAt: '2025-01-01T00:00:00.000Z',
    enriched: true,
    ...overrides,
  };
}
