import {
  type Attributes,
  type Context,
  context,
  createNoopMeter,
  type MeterProvider,
  ProxyTracerProvider,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  type AssistantToolCall,
  type GatewayMetadata,
  isProviderError,
  redactSecrets,
  type ToolCallRecord,
  type Usage,
} from '@modelgate/provider-contracts';
import { ATTR } from './semconv';
import { ModelgateTelemetry, type Telemetry } from './telemetry';
import { traceHeaders } from './trace-headers';

/** What an operation is before it runs: enough to name its span and its metrics. */
export interface OperationStart {
  /** `chat`, `embeddings`: the conventions' `gen_ai.operation.name`. */
  operation: string;
  /** The provider's id (`litellm`), as `gen_ai.provider.name`. */
  provider: string;
  /** The model as the server knows it (prefix stripped). */
  providerModel: string;
  /** The prefixed id the application asked for. */
  model: string;
  /** `server.address` / `server.port` of the provider. */
  server: Attributes;
  /** Only streamed calls record the time to the first chunk. */
  streaming: boolean;
  /** The request's options (`gen_ai.request.*`) and, when recording content, its input: read only for a span that records. */
  describe?: (recordContent: boolean) => Attributes;
}

/** How an operation ended well. */
export interface OperationOutcome {
  /** Read only for a span that records. */
  attributes: () => Attributes;
  usage: Pick<Usage, 'inputTokens' | 'outputTokens'> | null;
  timeToFirstChunkMs: number | null;
}

/** What a model turn reported, as the span takes it. */
export interface TurnOutcome {
  finishReason: string | null;
  usage: Usage | null;
  gateway: Pick<GatewayMetadata, 'callId'>;
  responseModel?: string | null;
}

/** The `error.type` of a failure: the ProviderError code, or the conventions' `_OTHER`. */
export function errorType(error: unknown): string {
  return isProviderError(error) ? error.code : '_OTHER';
}

export function endWithError(span: Span, error: unknown): void {
  span.setAttribute(ATTR.errorType, errorType(error));
  // A ProviderError's message never holds a key; anything else is redacted all the same.
  const message = error instanceof Error ? redactSecrets(error.message) : undefined;
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  span.end();
}

function usageAttributes(usage: Pick<Usage, 'inputTokens' | 'outputTokens'> | null, into: Attributes): Attributes {
  if (usage?.inputTokens != null) into[ATTR.usageInputTokens] = usage.inputTokens;
  if (usage?.outputTokens != null) into[ATTR.usageOutputTokens] = usage.outputTokens;
  return into;
}

/** The span of one tool run: its executor runs in the span's context, so the tool's own spans nest under it. */
export class ToolTrace {
  constructor(
    private readonly owner: OperationTrace,
    readonly span: Span,
    private readonly spanContext: Context,
  ) {}

  run<T>(work: () => T): T {
    return this.owner.recording ? context.with(this.spanContext, work) : work();
  }

  end(record: ToolCallRecord): void {
    this.owner.closed(this.span);
    if (!this.owner.recording) return this.span.end();
    if (this.owner.recordContent && record.result !== null) this.span.setAttribute(ATTR.toolCallResult, record.result);
    if (record.error === null) return this.span.end();
    // A failed tool goes back to the model as a result; the span still says it failed.
    this.span.setAttribute(ATTR.errorType, 'tool_error');
    this.span.setStatus({ code: SpanStatusCode.ERROR, message: record.error });
    this.span.end();
  }
}

/** The span of one model turn, and the trace headers its request carries. */
export class TurnTrace {
  /** `traceparent` (and `tracestate`) of this turn's span, for the request to the gateway. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    private readonly owner: OperationTrace,
    readonly span: Span,
    spanContext: Context,
  ) {
    this.headers = traceHeaders(owner.telemetry.propagator, span, spanContext);
  }

  end(outcome: TurnOutcome): void {
    this.owner.closed(this.span);
    this.owner.responseModel = outcome.responseModel ?? this.owner.responseModel;
    if (this.owner.recording) {
      const attributes: Attributes = {};
      if (outcome.finishReason !== null) attributes[ATTR.responseFinishReasons] = [outcome.finishReason];
      if (outcome.gateway.callId !== null) attributes[ATTR.gatewayCallId] = outcome.gateway.callId;
      if (outcome.responseModel) attributes[ATTR.responseModel] = outcome.responseModel;
      this.span.setAttributes(usageAttributes(outcome.usage, attributes));
    }
    this.span.end();
  }
}

/**
 * One operation (a chat call, an embedding call): its span, the child spans of its turns and tools, and its
 * metrics. Spans still open when the operation fails (the turn whose request failed, the tools the end of the
 * call cut short) end with the operation's error. Without a recording span no attribute is built.
 */
export class OperationTrace {
  readonly span: Span;
  readonly recording: boolean;
  readonly recordContent: boolean;
  private readonly spanContext: Context;
  private readonly startMs = performance.now();
  private readonly open = new Set<Span>();
  /** What the operation's span, its turns' spans and its metrics all carry; read-only once built. */
  private readonly base: Attributes;
  /** @internal The model the last turn's server named, for the operation's span and metrics. */
  responseModel: string | null = null;

  constructor(
    readonly telemetry: Telemetry,
    private readonly start: OperationStart,
    parent: Context = context.active(),
  ) {
    const { operation, provider, providerModel, server } = start;
    this.base = { [ATTR.operationName]: operation, [ATTR.providerName]: provider, [ATTR.requestModel]: providerModel, ...server };
    this.span = telemetry.tracer.startSpan(`${start.operation} ${start.providerModel}`, { kind: SpanKind.CLIENT }, parent);
    this.recording = this.span.isRecording();
    this.recordContent = this.recording && telemetry.recordContent;
    this.spanContext = trace.setSpan(parent, this.span);
    if (this.recording) {
      this.span.setAttributes(this.base);
      this.span.setAttribute(ATTR.model, start.model);
      if (start.describe) this.span.setAttributes(start.describe(this.recordContent));
    }
  }

  /** The trace headers of the operation's own span, for an operation of one request and no turns (embeddings). */
  headers(): Record<string, string> | undefined {
    return traceHeaders(this.telemetry.propagator, this.span, this.spanContext);
  }

  turn(turn: number): TurnTrace {
    const span = this.child(`turn ${turn}`, SpanKind.CLIENT, this.base);
    if (this.recording) span.setAttribute(ATTR.turn, turn);
    return new TurnTrace(this, span, trace.setSpan(this.spanContext, span));
  }

  tool(call: AssistantToolCall, turn: number): ToolTrace {
    const span = this.child(`execute_tool ${call.name}`, SpanKind.INTERNAL, {
      [ATTR.operationName]: 'execute_tool',
      [ATTR.toolName]: call.name,
      [ATTR.toolType]: 'function',
      [ATTR.toolCallId]: call.id,
      [ATTR.turn]: turn,
    });
    if (this.recordContent) span.setAttribute(ATTR.toolCallArguments, call.arguments);
    return new ToolTrace(this, span, trace.setSpan(this.spanContext, span));
  }

  /** @internal A child span ended on its own. */
  closed(span: Span): void {
    this.open.delete(span);
  }

  succeed(outcome: OperationOutcome): void {
    this.record(this.responseModel === null ? this.base : { ...this.base, [ATTR.responseModel]: this.responseModel }, outcome);
    if (this.recording) {
      const attributes = usageAttributes(outcome.usage, outcome.attributes());
      if (this.responseModel !== null) attributes[ATTR.responseModel] = this.responseModel;
      this.span.setAttributes(attributes);
    }
    this.span.end();
  }

  fail(error: unknown): void {
    const metricAttributes = { ...this.base, [ATTR.errorType]: errorType(error) };
    this.telemetry.duration.record(this.elapsedSeconds(), metricAttributes);
    for (const span of this.open) endWithError(span, error);
    this.open.clear();
    endWithError(this.span, error);
  }

  private child(name: string, kind: SpanKind, attributes: Attributes): Span {
    const span = this.telemetry.tracer.startSpan(name, { kind }, this.spanContext);
    if (!this.recording) return span;
    span.setAttributes(attributes);
    this.open.add(span);
    return span;
  }

  private record(attributes: Attributes, outcome: OperationOutcome): void {
    const { telemetry } = this;
    telemetry.duration.record(this.elapsedSeconds(), attributes);
    const { usage } = outcome;
    if (usage?.inputTokens != null) telemetry.tokenUsage.record(usage.inputTokens, { ...attributes, [ATTR.tokenType]: 'input' });
    if (usage?.outputTokens != null) telemetry.tokenUsage.record(usage.outputTokens, { ...attributes, [ATTR.tokenType]: 'output' });
    if (this.start.streaming && outcome.timeToFirstChunkMs !== null) {
      telemetry.timeToFirstChunk.record(outcome.timeToFirstChunkMs / 1000, attributes);
    }
  }

  private elapsedSeconds(): number {
    return (performance.now() - this.startMs) / 1000;
  }
}

/**
 * The one wrapper of an operation in its span and metrics: `run` gets the trace (for turn and tool spans and
 * the trace headers), `outcome` reads the result for the span and the metrics, and a failure ends every span
 * with its `error.type`.
 */
export async function traceOperation<T>(
  telemetry: Telemetry,
  start: OperationStart,
  run: (trace: OperationTrace) => Promise<T>,
  outcome: (result: T, recordContent: boolean) => OperationOutcome,
): Promise<T> {
  const operation = new OperationTrace(telemetry, start);
  let result: T;
  try {
    result = await run(operation);
  } catch (error) {
    operation.fail(error);
    throw error;
  }
  operation.succeed(outcome(result, operation.recordContent));
  return result;
}

const NOOP_METER_PROVIDER: MeterProvider = { getMeter: () => createNoopMeter() };
let untraced: OperationTrace | null = null;

/** A trace that records nothing, for a tool loop run without one (its unit tests): no span, no metric. */
export function untracedOperation(): OperationTrace {
  untraced ??= new OperationTrace(new ModelgateTelemetry({ tracerProvider: new ProxyTracerProvider(), meterProvider: NOOP_METER_PROVIDER }), {
    operation: 'chat',
    provider: '',
    providerModel: '',
    model: '',
    server: {},
    streaming: false,
  }, ROOT_CONTEXT);
  return untraced;
}
