import { metrics, trace } from '@opentelemetry/api';
import { inMemoryTelemetry } from '@modelgate/testing';
import { OperationTrace } from './operation-trace';
import { defaultTelemetry } from './telemetry';

const START = { operation: 'chat', provider: 'litellm', providerModel: 'm', model: 'litellm/m', server: {}, streaming: false };
const OUTCOME = { usage: null, timeToFirstChunkMs: null, attributes: () => ({}) };

describe('defaultTelemetry', () => {
  afterEach(() => {
    trace.disable();
    metrics.disable();
  });

  it('sends spans to a tracer provider registered after it was made, through the API proxy', async () => {
    const telemetry = defaultTelemetry();
    const otel = inMemoryTelemetry();
    trace.setGlobalTracerProvider(otel.tracerProvider);
    new OperationTrace(telemetry, START).succeed(OUTCOME);
    expect(otel.spans().map((span) => span.name)).toEqual(['chat m']);
    await otel.shutdown();
  });

  it('records metrics to the meter provider registered before it was made', async () => {
    const otel = inMemoryTelemetry();
    metrics.setGlobalMeterProvider(otel.meterProvider);
    new OperationTrace(defaultTelemetry(), START).succeed(OUTCOME);
    expect((await otel.metrics()).map((metric) => metric.descriptor.name)).toEqual(['gen_ai.client.operation.duration']);
    await otel.shutdown();
  });
});
