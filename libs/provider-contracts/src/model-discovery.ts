import type { DiscoveryReport } from './discovery-report';

/** What a discovery is asked with. */
export interface DiscoverOptions {
  signal?: AbortSignal;
  /** Ask with this key instead of the configured one (a tenant's), so the answer is that key's models. */
  apiKey?: string;
  /** Sent on every request of the discovery: the trace context (`traceparent`) of its span, when traced. */
  headers?: Readonly<Record<string, string>>;
}

/** Asks a dynamic provider which models it serves. Never throws: every failure is a status in the report. */
export interface ModelDiscovery {
  readonly providerId: string;
  discover(options?: DiscoverOptions): Promise<DiscoveryReport>;
}
export const ModelDiscovery = Symbol.for('modelgate.ModelDiscovery');
