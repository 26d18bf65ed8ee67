import {
  type DiscoverOptions,
  type DiscoveryReport,
  type DiscoveryStatus,
  type ModelDiscovery,
  type ModelInfo,
} from '@modelgate/provider-contracts';
import { modelInfo } from '@modelgate/testing';

/** A report of `provider` with the given models (`ready`, or `empty` without models) or failure status. */
export function report(provider: string, names: string[], overrides: Partial<DiscoveryReport> = {}): DiscoveryReport {
  const models: ModelInfo[] = names.map((name) => modelInfo(provider, name));
  return {
    provider,
    status: models.length > 0 ? 'ready' : 'empty',
    models,
    error: null,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    enriched: true,
    ...overrides,
  };
}

export function failure(provider: string, status: Exclude<DiscoveryStatus, 'ready' | 'empty'>, message: string): DiscoveryReport {
  return report(provider, [], { status, error: { code: status, message }, fetchedAt: '2026-01-02T00:00:00.000Z' });
}

interface PendingCall {
  signal: AbortSignal | undefined;
  /** The key the discovery was asked with, when not the configured one. */
  apiKey: string | undefined;
  headers: DiscoverOptions['headers'];
  resolve(report: DiscoveryReport): void;
  reject(error: unknown): void;
}

/** A discovery whose every call waits until the test settles it, so tests decide the order of answers. */
export class ControlledDiscovery implements ModelDiscovery {
  readonly calls: PendingCall[] = [];

  constructor(readonly providerId: string) {}

  discover(options?: DiscoverOptions): Promise<DiscoveryReport> {
    return new Promise((resolve, reject) => this.calls.push({ signal: options?.signal, apiKey: options?.apiKey, headers: options?.headers, resolve, reject }));
  }

  /** The `index`th call (from 0); fails the test when it was never made. */
  call(index: number): PendingCall {
    const pending = this.calls[index];
    if (!pending) throw new Error(`discovery of ${this.providerId} was called ${this.calls.length} times, not ${index + 1}`);
    return pending;
  }
}

/** Lets every queued promise callback run, so the state after an answer can be inspected. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
