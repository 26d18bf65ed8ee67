import { type KeyCheck } from './auth';
import { isChatOnlyFault } from './faults';
import { KeyDatabase } from './key-database';
import { type LitellmRelease, litellmRelease } from './litellm-release';
import { ModelCatalog } from './model-catalog';
import { Recorder } from './recorder';
import { Fault, parseStrict, Reply, type Step } from './reply';
import { type SimulatedKey, type SimulatedModel, type SimulatorFlavor } from './simulator-options';

/** Routes a persistent fault can be set on. */
export type RouteName = 'models' | 'model-info' | 'chat' | 'embeddings' | 'readiness';

export interface StateSettings {
  masterKey: string | null;
  database: boolean;
  flavor: SimulatorFlavor;
  version: string;
  /** The release whose differences it reproduces. */
  litellmVersion: string;
  models: SimulatedModel[];
  keys?: SimulatedKey[];
}

/** Parses one queued step strictly, choosing the schema by the presence of `fault`. */
export function parseStep(value: unknown): Step {
  const faulty = typeof value === 'object' && value !== null && 'fault' in value;
  return faulty ? parseStrict(Fault, value, 'fault') : parseStrict(Reply, value, 'reply');
}

/** Everything a simulator remembers between requests: models, scripts, faults, recordings, counters. */
export class SimulatorState {
  readonly keyCheck: KeyCheck;
  readonly flavor: SimulatorFlavor;
  readonly version: string;
  readonly release: LitellmRelease;
  readonly recorder = new Recorder();
  readonly keys: KeyDatabase;
  catalog: ModelCatalog;
  abortedCount = 0;
  private readonly queues = new Map<string, Step[]>();
  private readonly routeFaults = new Map<RouteName, Fault>();
  private toolCallCount = 0;

  constructor(settings: StateSettings) {
    // vLLM has no key database, but it refuses a wrong key with 401 rather than LiteLLM's DB-less 400.
    this.release = litellmRelease(settings.litellmVersion);
    this.keys = new KeyDatabase(settings.keys ?? [], this.release);
    this.keyCheck = {
      masterKey: settings.masterKey,
      database: settings.database || settings.flavor === 'vllm' || (settings.keys ?? []).length > 0,
      keylessAs500: settings.flavor === 'litellm' && this.release.keylessAs500,
      virtualKeys: this.keys,
    };
    this.flavor = settings.flavor;
    this.version = settings.version;
    this.catalog = new ModelCatalog(settings.models);
  }

  enqueue(model: string, steps: unknown[]): void {
    const queue = this.queues.get(model) ?? [];
    queue.push(...steps.map(parseStep));
    this.queues.set(model, queue);
  }

  /** The next queued step for the first of `names` (requested name, then its route) that has one. */
  takeStep(names: readonly string[]): Step | undefined {
    for (const name of names) {
      const step = this.queues.get(name)?.shift();
      if (step !== undefined) return step;
    }
    return undefined;
  }

  setRouteFault(route: RouteName, fault: unknown): void {
    if (fault === null) {
      this.routeFaults.delete(route);
      return;
    }
    const parsed = parseStrict(Fault, fault, 'route fault');
    if (route !== 'chat' && isChatOnlyFault(parsed)) {
      throw new TypeError(`gateway simulator: the '${parsed.fault}' fault only applies to the 'chat' route`);
    }
    this.routeFaults.set(route, parsed);
  }

  routeFault(route: RouteName): Fault | undefined {
    return this.routeFaults.get(route);
  }

  /** Deterministic tool-call ids: call_1, call_2, ... in the order the simulator makes them. */
  nextToolCallId(): string {
    this.toolCallCount += 1;
    return `call_${this.toolCallCount}`;
  }

  reset(): void {
    this.queues.clear();
    this.routeFaults.clear();
    this.recorder.clear();
    this.keys.reset();
    this.catalog.resetTurns();
    this.toolCallCount = 0;
    this.abortedCount = 0;
  }
}
