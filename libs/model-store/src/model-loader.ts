import { inject, injectable, multiInject, optional } from 'inversify';
import { type DiscoveryReport, ModelDiscovery, ProviderError } from '@modelgate/provider-contracts';
import { ModelRegistry } from '@modelgate/model-registry';
import { applyReport } from './apply-report';
import { ModelStore, type ModelStoreApi, setProviderState } from './create-model-store';
import { type ProviderModelsState, idleProviderState } from './model-store-state';
import { runDiscovery } from './run-discovery';
import { selectProvider } from './selectors';

/** One running discovery of one provider, shared by every caller that asks while it runs. */
interface Flight {
  readonly controller: AbortController;
  /** The store's state before `loading`, put back when every caller has aborted. */
  readonly before: ProviderModelsState;
  /** Settles with the report as applied; discovery failures are reports, not rejections. */
  readonly answer: Promise<DiscoveryReport>;
  /** Callers still waiting; the discovery is aborted when the last one leaves. */
  sharers: number;
  settled: boolean;
}

export interface RefreshOptions {
  /** One dynamic provider; default: all of them. */
  providerId?: string;
  /** Aborts this caller's wait; the discovery itself stops only when no other caller still waits on it. */
  signal?: AbortSignal;
}

/**
 * Runs discovery for dynamic providers and keeps the registry and the store in step. Per provider, at most one
 * discovery runs at a time; every answer carries the sequence number of its start, and only the answer of the
 * latest start applies, so a late answer can never overwrite a newer state (a newer answer or a restore).
 */
@injectable()
export class ModelLoader {
  private readonly discoveries = new Map<string, ModelDiscovery>();
  private readonly flights = new Map<string, Flight>();
  private readonly latest = new Map<string, number>();
  private seq = 0;

  constructor(
    @inject(ModelRegistry) private readonly registry: ModelRegistry,
    @inject(ModelStore) private readonly store: ModelStoreApi,
    @multiInject(ModelDiscovery) @optional() discoveries: readonly ModelDiscovery[] = [],
  ) {
    for (const discovery of discoveries) {
      if (this.discoveries.has(discovery.providerId)) {
        throw new ProviderError({
          code: 'misconfigured',
          message: `Two model discoveries are bound for provider "${discovery.providerId}"`,
          provider: discovery.providerId,
        });
      }
      this.discoveries.set(discovery.providerId, discovery);
    }
  }

  /**
   * One report per provider, in provider order; a failing provider is a status, never a rejection. Rejects
   * with `aborted` when `signal` aborts first, and with `misconfigured`/`forbidden` for a named provider that
   * is unknown, static or denied.
   */
  async refresh(options: RefreshOptions = {}): Promise<DiscoveryReport[]> {
    const { signal } = options;
    const targets = this.targets(options.providerId);
    if (signal?.aborted) throw abortedError(options.providerId);
    // Settle every provider before rejecting, so that an abort restores all of them, not just the first.
    const settled = await Promise.allSettled(targets.map((id) => this.join(id, this.flights.get(id) ?? this.start(id), signal)));
    const reports: DiscoveryReport[] = [];
    for (const result of settled) {
      if (result.status === 'rejected') throw result.reason;
      reports.push(result.value);
    }
    return reports;
  }

  private targets(providerId: string | undefined): string[] {
    if (providerId === undefined) {
      return this.registry.getProviders().filter((p) => p.kind === 'dynamic').map((p) => p.id);
    }
    if (this.registry.getProvider(providerId).kind === 'dynamic') return [providerId];
    throw new ProviderError({
      code: 'misconfigured',
      message: `Provider "${providerId}" has a static catalogue; there is nothing to discover`,
      provider: providerId,
    });
  }

  private start(id: string): Flight {
    const before = this.current(id);
    setProviderState(this.store, id, { ...before, status: 'loading' });
    const seq = this.bump(id);
    const controller = new AbortController();
    const answer = runDiscovery(id, this.discoveries.get(id), controller.signal).then((report) => {
      flight.settled = true;
      if (this.flights.get(id) === flight) this.flights.delete(id);
      return this.latest.get(id) === seq ? applyReport(this.registry, this.store, report) : report;
    });
    const flight: Flight = { controller, before, answer, sharers: 0, settled: false };
    this.flights.set(id, flight);
    return flight;
  }

  private join(id: string, flight: Flight, signal: AbortSignal | undefined): Promise<DiscoveryReport> {
    flight.sharers += 1;
    if (!signal) return flight.answer;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // Once the answer is in, it has been applied: this caller gets it like everyone else.
        if (flight.settled) return;
        reject(abortedError(id));
        this.leave(id, flight);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.answer
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** The last caller out puts the store back as it was and stops the discovery; its answer will be stale. */
  private leave(id: string, flight: Flight): void {
    flight.sharers -= 1;
    if (flight.sharers > 0 || this.flights.get(id) !== flight) return;
    this.flights.delete(id);
    this.bump(id);
    setProviderState(this.store, id, flight.before);
    flight.controller.abort();
  }

  private bump(id: string): number {
    this.seq += 1;
    this.latest.set(id, this.seq);
    return this.seq;
  }

  private current(id: string): ProviderModelsState {
    return selectProvider(id)(this.store.getState()) ?? idleProviderState();
  }
}

function abortedError(providerId: string | undefined): ProviderError {
  const scope = providerId === undefined ? 'Model refresh' : `Model refresh of "${providerId}"`;
  return new ProviderError({ code: 'aborted', message: `${scope} was aborted`, provider: providerId });
}
