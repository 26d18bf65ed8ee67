import {
  type Histogram,
  type MeterProvider,
  metrics,
  propagation,
  type TextMapPropagator,
  trace,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';
import { BUCKETS, METRIC } from './semconv';

export interface TelemetryOptions {
  /** Where spans go; the global tracer provider (a no-op until an SDK registers one) when left out. */
  tracerProvider?: TracerProvider;
  /** Where metrics go; the global meter provider when left out. */
  meterProvider?: MeterProvider;
  /** Writes the W3C `traceparent`/`tracestate` on requests to the gateway; the global propagator when left out. */
  propagator?: TextMapPropagator;
  /** Prompts, answers and tool arguments and results on the spans: `false` unless asked, as they may be private. */
  recordContent?: boolean;
}

/** The instrumentation scope, as tracing back-ends show it. */
const SCOPE = '@modelgate/telemetry';


/**
 * The tracer, the three GenAI histograms and the propagator of one modelgate: built once, so a call only
 * starts spans and records values. Without a registered SDK every part is the API's no-op.
 */
export class ModelgateTelemetry {
  readonly tracer: Tracer;
  readonly duration: Histogram;
  readonly tokenUsage: Histogram;
  readonly timeToFirstChunk: Histogram;
  readonly propagator: TextMapPropagator;
  readonly recordContent: boolean;

  constructor(options: TelemetryOptions = {}) {
    this.tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(SCOPE);
    const meter = (options.meterProvider ?? metrics.getMeterProvider()).getMeter(SCOPE);
    this.duration = meter.createHistogram(METRIC.operationDuration, {
      description: 'GenAI operation duration.',
      unit: 's',
      advice: { explicitBucketBoundaries: [...BUCKETS.operationDuration] },
    });
    this.tokenUsage = meter.createHistogram(METRIC.tokenUsage, {
      description: 'Number of input and output tokens used.',
      unit: '{token}',
      advice: { explicitBucketBoundaries: [...BUCKETS.tokenUsage] },
    });
    this.timeToFirstChunk = meter.createHistogram(METRIC.timeToFirstChunk, {
      description: 'Time to receive the first chunk of a streamed response.',
      unit: 's',
      advice: { explicitBucketBoundaries: [...BUCKETS.timeToFirstChunk] },
    });
    // The global propagator is read at each use: an SDK may register one after modelgate was built.
    this.propagator = options.propagator ?? propagation;
    this.recordContent = options.recordContent ?? false;
  }
}

export type Telemetry = ModelgateTelemetry;
/** Token under which the composition root binds the telemetry of its calls. */
export const Telemetry = Symbol.for('modelgate.Telemetry');

/**
 * The telemetry of a container that binds none: the API's globals as they are now. Tracing goes through the
 * API's proxy (an SDK registered later is still used); metrics do not, so an SDK that is to get modelgate's
 * metrics is registered before modelgate is created.
 */
export function defaultTelemetry(): Telemetry {
  return new ModelgateTelemetry();
}
