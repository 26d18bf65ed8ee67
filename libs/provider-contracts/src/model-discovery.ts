import type { DiscoveryReport } from './discovery-report';

/** Asks a dynamic provider which models it serves. Never throws: every failure is a status in the report. */
export interface ModelDiscovery {
  readonly providerId: string;
  discover(options?: { signal?: AbortSignal }): Promise<DiscoveryReport>;
}
export const ModelDiscovery = Symbol.for('modelgate.ModelDiscovery');
