import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { type TelemetryOptions } from '@modelgate/telemetry';

// Spans kept between resets: the exporter holds every span it got, and a heap that grows all run long would
// charge the traced client the collector's garbage, not its own cost.
const KEEP_CALLS = 500;

/** The real SDK, registered for one client, exporting to memory: what tracing costs without a network. */
export function inMemorySdk(): { options: TelemetryOptions; ended: () => void } {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] });
  // The metrics are aggregated on every call; the reader exports only at the end of the process.
  const reader = new PeriodicExportingMetricReader({
    exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  let calls = 0;
  return {
    options: { tracerProvider, meterProvider, propagator: new W3CTraceContextPropagator() },
    ended() {
      if (++calls % KEEP_CALLS !== 0) return;
      if (spans.getFinishedSpans().length < KEEP_CALLS) throw new Error('The traced client recorded fewer spans than calls');
      spans.reset();
    },
  };
}
