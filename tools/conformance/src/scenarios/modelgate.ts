import assert from 'node:assert/strict';
import {
  type ChatMessage,
  type ChatResult,
  type ChatStream,
  isProviderError,
  type Logger,
  type ProviderError,
  type StreamEvent,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate, type Modelgate } from '@modelgate/provider-runtime';
import type { ScenarioContext } from './scenario';

export interface ConnectOptions {
  /** The proxy's master key (if it has one) unless given; null sends no key at all. */
  readonly apiKey?: string | null;
  readonly toolExecutor?: ToolExecutor;
  readonly logger?: Logger;
  /** The SDK's retries; none unless given. */
  readonly maxRetries?: number;
  /** Texts per embeddings request; the engine's default (2,048) unless given. */
  readonly embeddingBatchSize?: number;
  /** Embedding batches in flight at once; the engine's default (4) unless given. */
  readonly embeddingConcurrency?: number;
}

/**
 * modelgate composed exactly as an app composes it, against the conformance proxy: `createModelgate` with
 * the LiteLLM module, no client retries (the proxy's own are off too, so one scripted failure is one call).
 */
export function connect(context: ScenarioContext, options: ConnectOptions = {}): Promise<Modelgate> {
  const apiKey = options.apiKey === undefined ? context.masterKey : options.apiKey;
  return createModelgate({
    providers: [
      litellmModule({
        baseUrl: context.baseUrl,
        ...(apiKey !== null && { apiKey }),
        maxRetries: options.maxRetries ?? 0,
        ...(options.embeddingBatchSize !== undefined && { embeddingBatchSize: options.embeddingBatchSize }),
        ...(options.embeddingConcurrency !== undefined && { embeddingConcurrency: options.embeddingConcurrency }),
      }),
    ],
    toolExecutor: options.toolExecutor,
    logger: options.logger,
  });
}

/** `connect`, then discovery, which must succeed: the registry then knows each model's prices and limits. */
export async function connectDiscovered(context: ScenarioContext, options: ConnectOptions = {}): Promise<Modelgate> {
  const gate = await connect(context, options);
  const [report] = await gate.discovery.refresh();
  assert.equal(report?.status, 'ready', `discovery: ${JSON.stringify(report?.error)}`);
  return gate;
}

/** The id an app uses for a model the proxy serves. */
export const modelId = (name: string): string => `litellm/${name}`;

export const userSays = (text: string): ChatMessage[] => [{ role: 'user', content: text }];

/** Every event of a stream and its result. */
export async function collect(stream: ChatStream): Promise<{ events: StreamEvent[]; result: ChatResult }> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, result: await stream.result };
}

/** The ProviderError a call fails with; anything else (or success) fails the scenario. */
export async function failure(work: Promise<unknown>): Promise<ProviderError> {
  try {
    await work;
  } catch (error) {
    assert.ok(isProviderError(error), `expected a ProviderError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

/** The events a stream yielded before it failed, and its ProviderError; `result` must reject with the same. */
export async function streamFailure(stream: ChatStream): Promise<{ events: StreamEvent[]; error: ProviderError }> {
  const events: StreamEvent[] = [];
  const error = await failure(
    (async () => {
      for await (const event of stream) events.push(event);
    })(),
  );
  assert.equal(await failure(stream.result), error, 'result rejects with the error the iteration threw');
  return { events, error };
}

/** The text of a stream's text deltas, in order. */
export function streamedText(events: readonly StreamEvent[]): string {
  return events.map((event) => (event.type === 'text-delta' ? event.delta : '')).join('');
}

/** A logger that keeps every line, to prove what never reaches a log. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  debug = (fields: Record<string, unknown>, message: string) => this.record('debug', fields, message);
  info = (fields: Record<string, unknown>, message: string) => this.record('info', fields, message);
  warn = (fields: Record<string, unknown>, message: string) => this.record('warn', fields, message);
  error = (fields: Record<string, unknown>, message: string) => this.record('error', fields, message);

  private record(level: string, fields: Record<string, unknown>, message: string): void {
    this.lines.push({ level, fields, message });
  }
}
