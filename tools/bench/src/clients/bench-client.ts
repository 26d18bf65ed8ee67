/**
 * What the workloads ask of a client library. Each adapter does it the way that library's documentation
 * shows, and returns what the library returned, unmodified, for the answer checks.
 */
export interface BenchClient {
  /** One non-streaming chat turn; the answer's text. */
  chat(prompt: string): Promise<string>;
  /** One streamed chat turn; every text delta, in order, as the library hands them out. */
  stream(prompt: string, onDelta: (delta: string) => void): Promise<void>;
  /** The two-turn tool round trip: the model asks for the tool, the client runs it, the model answers. */
  toolRoundTrip(prompt: string): Promise<string>;
  /** Discovery of the upstream's catalogue; the number of chat models it now knows. */
  discover?(): Promise<number>;
  /** Resolves each id to its provider; the number of ids that resolved to the expected provider. */
  resolveModels?(ids: readonly string[], rounds: number): number;
  /**
   * Vectors for every text, in order, in batches of `EMBEDDING_BATCH` texts with `EMBEDDING_CONCURRENCY` in
   * flight (what modelgate does by default; a client without batching of its own does it by hand).
   */
  embed?(texts: readonly string[]): Promise<readonly (readonly number[])[]>;
  /** Registers `count` models for `resolveModels`; their ids. */
  registerModels?(count: number): readonly string[];
  /** Set by a client made with `telemetry`: its calls are traced and measured by a registered SDK. */
  traced?: true;
  /**
   * With `traced`: makes one plain call, then returns a function that replays that call's spans, trace header
   * and metric records through the same SDK alone, for what the SDK itself costs a call.
   */
  replayOneCall?(prompt: string): Promise<() => void>;
}

export interface ClientOptions {
  /** The upstream's origin, without `/v1`. */
  baseUrl: string;
  /**
   * modelgate only: a registered OpenTelemetry SDK (tracer and meter providers) with in-memory exporters, for
   * the cost of its spans and metrics; other clients ignore it.
   */
  telemetry?: boolean;
}

/** What every client entry module exports. */
export type CreateClient = (options: ClientOptions) => Promise<BenchClient>;

/** Sent with every request that takes a key; the upstream accepts any. */
export const BENCH_API_KEY = 'sk-bench';
