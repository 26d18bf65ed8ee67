import { type Attributes, type TextMapPropagator } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

/** The real OpenTelemetry SDK with in-memory exporters: what a test hands to `createModelgate({ telemetry })`. */
export interface InMemoryTelemetry {
  tracerProvider: TracerProvider;
  meterProvider: MeterProvider;
  propagator: TextMapPropagator;
  /** Every span ended so far, in the order they ended. */
  spans(): ReadableSpan[];
  /** The one span of that name; throws when there is none or more than one. */
  span(name: string): ReadableSpan;
  /** The spans as a tree, one line each: name, kind and attributes, children indented in start order. */
  tree(): string;
  /** Collects and returns every metric recorded so far. */
  metrics(): Promise<MetricData[]>;
  shutdown(): Promise<void>;
}

const KIND = ['internal', 'server', 'client', 'producer', 'consumer'];

function line(span: ReadableSpan, depth: number): string {
  const attributes = Object.entries(span.attributes as Attributes)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  const status = span.status.code === 2 ? ` ERROR(${span.status.message ?? ''})` : '';
  return `${'  '.repeat(depth)}${span.name} [${KIND[span.kind]}]${status} ${attributes}`.trimEnd();
}

export function inMemoryTelemetry(): InMemoryTelemetry {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spanExporter })] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exports only when asked (forceFlush): the interval is longer than any test.
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const meterProvider = new MeterProvider({ readers: [reader] });

  const spans = () => spanExporter.getFinishedSpans();
  const byStart = (a: ReadableSpan, b: ReadableSpan) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1];
  return {
    tracerProvider,
    meterProvider,
    propagator: new W3CTraceContextPropagator(),
    spans,
    span(name) {
      const [found, ...more] = spans().filter((span) => span.name === name);
      if (found === undefined || more.length > 0) {
        throw new Error(`Expected one span "${name}" among: ${spans().map((span) => span.name).join(', ')}`);
      }
      return found;
    },
    tree() {
      const all = [...spans()].sort(byStart);
      const ids = new Set(all.map((span) => span.spanContext().spanId));
      const lines: string[] = [];
      const walk = (parentId: string | undefined, depth: number) => {
        for (const span of all) {
          const parent = span.parentSpanContext?.spanId;
          const isChild = parentId === undefined ? parent === undefined || !ids.has(parent) : parent === parentId;
          if (!isChild) continue;
          lines.push(line(span, depth));
          walk(span.spanContext().spanId, depth + 1);
        }
      };
      walk(undefined, 0);
      return lines.join('\n');
    },
    async metrics() {
      await reader.forceFlush();
      return metricExporter.getMetrics().at(-1)?.scopeMetrics.flatMap((scope) => scope.metrics) ?? [];
    },
    async shutdown() {
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}
