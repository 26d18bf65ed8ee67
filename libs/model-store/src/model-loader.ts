import { inject, injectable, multiInject, optional } from 'inversify';
import { type DiscoveryReport, ModelDiscovery, ProviderError } from '@modelgate/provider-contracts';
import { ModelRegistry } from '@modelgate/model-registry';
import { applyReport, currentState } from './apply-report';
import { ModelStore, type ModelStoreApi, setProviderState } from './create-model-store';
import { runDiscovery } from './run-discovery';

/** One running discovery of one provider, shared by every caller that asks while it runs. */
interface Flight {
  readonly controller: AbortController;
  /** Puts the store's state from before `loading` back, when every caller has aborted. */
  readonly restore: () => void;
  /** Settles with the report as applied; discovery failures are reports, not rejections. */
  readonly answer: Promise<DiscoveryReport>;
  /** Callers still waiting; the discovery is aborted when the last one leaves. */
  sharers: number;
  settled: boolean;
}

/** A discovery with a key of its own: the models land under its scope, apart from every other key's. */
export interface RefreshScope {
  /** The key's scope id (`registry.scopeOf(apiKey)`). */
  id: string;
  apiKey: string;
}

export interface RefreshOptions {
  /** One dynamic provider; default: all of them. */
  providerId?: string;
  /** Aborts this caller's wait; the discovery itself stops only when no other caller still waits on it. */
  signal?: AbortSignal;
  /** Ask with this key instead of each module's own; default: the modules' keys. */
  scope?: RefreshScope;
  /** Sent on the discovery's requests (its span's `traceparent`); a discovery already running keeps its own. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Runs discovery for dynamic providers and keeps the registry and the store in step. Per provider and key
 * scope, at most one discovery runs at a time (two keys never share an answer); every answer carries the sequence number of its start, and only the answer of the
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
    const { signal, scope, headers } = options;
    const targets = this.targets(options.providerId);
    if (signal?.aborted) throw abortedError(options.providerId);
    // Settle every provider before rejecting, so that an abort restores all of them, not just the first.
    const settled = await Promise.allSettled(
      targets.map((id) => {
        const key = flightKey(id, scope);
        return this.join(key, id, this.flights.get(key) ?? this.start(key, id, scope, headers), signal);
      }),
    );
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

  /** `key` names the flight: the provider id, with the scope id for a discovery with its own key. */
  private start(key: string, id: string, scope: RefreshScope | undefined, headers: RefreshOptions['headers']): Flight {
    const before = currentState(this.store, id, scope?.id);
    const restore = () => setProviderState(this.store, id, before, scope?.id);
    setProviderState(this.store, id, { ...before, status: 'loading' }, scope?.id);
    const seq = this.bump(key);
    const controller = new AbortController();
    const discover = { signal: controller.signal, ...(scope && { apiKey: scope.apiKey }), ...(headers && { headers }) };
    const answer = runDiscovery(id, this.discoveries.get(id), discover).then((report) => {
      flight.settled = true;
      if (this.flights.get(key) === flight) this.flights.delete(key);
      if (this.latest.get(key) !== seq) return report;
      // Forgotten once applied, so a key scope's discoveries leave nothing behind here.
      this.latest.delete(key);
      return applyReport(this.registry, this.store, report, scope?.id);
    });
    const flight: Flight = { controller, restore, answer, sharers: 0, settled: false };
    this.flights.set(key, flight);
    return flight;
  }

  private join(key: string, id: string, flight: Flight, signal: AbortSignal | undefined): Promise<DiscoveryReport> {
    flight.sharers += 1;
    if (!signal) return flight.answer;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // Once the answer is in, it has been applied: this caller gets it like everyone else.
        if (flight.settled) return;
        reject(abortedError(id));
        this.leave(key, flight);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.answer
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** The last caller out puts the store back as it was and stops the discovery; its answer will be stale. */
  private leave(key: string, flight: Flight): void {
    flight.sharers -= 1;
    if (flight.sharers > 0 || this.flights.get(key) !== flight) return;
    this.flights.delete(key);
    // Without a latest start, the discovery's late answer is stale.
    this.latest.delete(key);
    flight.restore();
    flight.controller.abort();
  }

  private bump(key: string): number {
    this.seq += 1;
    this.latest.set(key, this.seq);
    return this.seq;
  }
}

function flightKey(providerId: string, scope: RefreshScope | undefined): string {
  return scope === undefined ? providerId : `${providerId}\n${scope.id}`;
}

function abortedError(providerId: string | undefined): ProviderError {
  const scope = providerId === undefined ? 'Model refresh' : `Model refresh of "${providerId}"`;
  return new ProviderError({ code: 'aborted', message: `${scope} was aborted`, provider: providerId });
}
