import { type Attributes, type Context, context, defaultTextMapSetter, type Histogram, trace, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AggregationTemporality,
  DataPointType,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, InMemorySpanExporter, type ReadableSpan, TracerProvider } from '@opentelemetry/sdk-trace';
import { type TelemetryOptions } from '@modelgate/telemetry';

// Spans kept between resets: the exporter holds every span it got, and a heap that grows all run long would
// charge the traced client the collector's garbage, not its own cost.
const KEEP_CALLS = 500;

/** The registered SDK of one client, and what the bench asks of it. */
export interface InMemorySdk {
  options: TelemetryOptions;
  /**
   * After each call: every `KEEP_CALLS` calls, checks the spans reached the exporter and lets them go (a promise
   * then only, so the other calls pay no await for it).
   */
  ended(): Promise<void> | undefined;
  /**
   * The spans (names, kinds, attributes, parent), the trace header and the metric records that `call` made,
   * replayed through the same SDK with no modelgate code around them: the least a traced call can cost.
   */
  replayOf(call: () => Promise<unknown>): Promise<() => void>;
}

/**
 * The real SDK, registered for one client, exporting to memory: what tracing costs without a network. Spans
 * go through a `BatchSpanProcessor`, the processor the SDK's documentation gives for production (and the
 * demo uses); the `SimpleSpanProcessor` exports each span as it ends and is meant for tests.
 */
export function inMemorySdk(): InMemorySdk {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new TracerProvider({ spanProcessors: [new BatchSpanProcessor({ exporter: spans })] });
  // The metrics are aggregated on every call; the reader exports only at the end of the process.
  const reader = new PeriodicExportingMetricReader({
    exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const propagator = new W3CTraceContextPropagator();
  let calls = 0;

  async function replayOf(call: () => Promise<unknown>): Promise<() => void> {
    await tracerProvider.forceFlush();
    spans.reset();
    await call();
    await tracerProvider.forceFlush();
    const finished = spans.getFinishedSpans();
    const root = finished.find((span) => span.parentSpanContext === undefined);
    if (root === undefined || finished.length < 2) throw new Error(`One traced call made ${finished.length} spans and no root`);
    const children = finished.filter((span) => span !== root);
    const records = await metricRecords();
    if (records.length === 0) throw new Error('One traced call recorded no metric');
    const tracer = tracerProvider.getTracer('bench-replay');
    return () => {
      const span = tracer.startSpan(root.name, { kind: root.kind, attributes: root.attributes });
      const spanContext = trace.setSpan(context.active(), span);
      for (const child of children) replayChild(tracer, child, spanContext);
      for (const { histogram, value, attributes } of records) histogram.record(value, attributes);
      span.end();
    };
  }

  function replayChild(tracer: Tracer, child: ReadableSpan, parent: Context): void {
    const span = tracer.startSpan(child.name, { kind: child.kind, attributes: child.attributes }, parent);
    propagator.inject(trace.setSpan(parent, span), {}, defaultTextMapSetter);
    span.end();
  }

  /**
   * One record per histogram data point (a plain call records each once, and every call's attributes match),
   * into an instrument with the same bucket boundaries, so the record costs what the real one does.
   */
  async function metricRecords(): Promise<{ histogram: Histogram; value: number; attributes: Attributes }[]> {
    const { resourceMetrics } = await reader.collect();
    const meter = meterProvider.getMeter('bench-replay');
    return resourceMetrics.scopeMetrics
      .flatMap((scope) => scope.metrics)
      .flatMap((metric) => {
        if (metric.dataPointType !== DataPointType.HISTOGRAM) return [];
        return metric.dataPoints.map((point) => {
          const advice = { explicitBucketBoundaries: point.value.buckets.boundaries };
          const histogram = meter.createHistogram(metric.descriptor.name, { unit: metric.descriptor.unit, advice });
          return { histogram, value: point.value.sum ?? 0, attributes: point.attributes };
        });
      });
  }

  return {
    options: { tracerProvider, meterProvider, propagator },
    ended() {
      if (++calls % KEEP_CALLS !== 0) return undefined;
      return tracerProvider.forceFlush().then(() => {
        if (spans.getFinishedSpans().length < KEEP_CALLS) throw new Error('The traced client recorded fewer spans than calls');
        spans.reset();
      });
    },
    replayOf,
  };
}
