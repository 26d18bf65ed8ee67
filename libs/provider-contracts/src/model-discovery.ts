import type { DiscoveryReport } from './discovery-report';

/** Asks a dynamic provider which models it serves. Never throws: every failure is a status in the report. */
export interface ModelDiscovery {
  readonly providerId: string;
  /** `apiKey`: ask with this key instead of the configured one (a tenant's), so the answer is that key's models. */
  discover(options?: { signal?: AbortSignal; apiKey?: string }): Promise<DiscoveryReport>;
}
export const ModelDiscovery = Symbol.for('modelgate.ModelDiscovery');
