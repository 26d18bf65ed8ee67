import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ConsoleMetricExporter, MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, ConsoleSpanExporter, type SpanExporter, TracerProvider } from '@opentelemetry/sdk-trace';
import { type TelemetryOptions } from '@modelgate/telemetry';
import { type OtelConfig } from './otel-env';

export interface DemoOtel {
  /** What createModelgate takes; `undefined` when both signals are off. */
  options: TelemetryOptions | undefined;
  /** Sends what is still buffered and stops the exporters: a CLI run ends with its spans delivered. */
  shutdown(): Promise<void>;
}

const OFF: DemoOtel = { options: undefined, shutdown: async () => undefined };

/**
 * The OpenTelemetry SDK, wired at the edge from OTEL_*: traces and metrics each to the console or to an
 * OTLP/HTTP (JSON) endpoint. It also registers the async context manager (so a tool's own spans nest under
 * its `execute_tool` span) and the W3C propagator (the `traceparent` modelgate sends to the gateway).
 */
export function startOtel(config: OtelConfig): DemoOtel {
  if (config.traces === 'none' && config.metrics === 'none') return OFF;
  const resource = resourceFromAttributes({ 'service.name': config.serviceName });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());

  const spanExporter: SpanExporter | null =
    config.traces === 'otlp' ? new OTLPTraceExporter({ url: config.tracesUrl }) : config.traces === 'console' ? new ConsoleSpanExporter() : null;
  const tracerProvider = spanExporter && new TracerProvider({ resource, spanProcessors: [new BatchSpanProcessor({ exporter: spanExporter })] });

  const metricExporter: PushMetricExporter | null =
    config.metrics === 'otlp' ? new OTLPMetricExporter({ url: config.metricsUrl }) : config.metrics === 'console' ? new ConsoleMetricExporter() : null;
  const meterProvider = metricExporter && new MeterProvider({ resource, readers: [new PeriodicExportingMetricReader({ exporter: metricExporter })] });

  return {
    options: {
      ...(tracerProvider && { tracerProvider }),
      ...(meterProvider && { meterProvider }),
      recordContent: config.recordContent,
    },
    async shutdown() {
      // Shutting down flushes first: the batch of spans and the last metric collection go out now.
      await Promise.allSettled([tracerProvider?.shutdown(), meterProvider?.shutdown()]);
    },
  };
}
