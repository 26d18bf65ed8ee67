import { loadOtelConfig } from './otel-env';

describe('loadOtelConfig', () => {
  it('leaves both signals off when nothing is set', () => {
    expect(loadOtelConfig({})).toMatchObject({ traces: 'none', metrics: 'none', recordContent: false, serviceName: 'modelgate-demo' });
  });

  it('puts the signal paths under OTEL_EXPORTER_OTLP_ENDPOINT, unless a signal has an endpoint of its own', () => {
    const config = loadOtelConfig({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://collector:9000/metrics',
    });
    expect(config).toMatchObject({ tracesUrl: 'http://127.0.0.1:4318/v1/traces', metricsUrl: 'http://collector:9000/metrics' });
  });

  it('takes the spec default endpoint when none is set', () => {
    expect(loadOtelConfig({ OTEL_METRICS_EXPORTER: 'console' }).tracesUrl).toBe('http://localhost:4318/v1/traces');
  });

  it('reads an empty variable as unset', () => {
    expect(loadOtelConfig({ OTEL_TRACES_EXPORTER: '', OTEL_EXPORTER_OTLP_PROTOCOL: '' }).traces).toBe('none');
  });

  it.each([
    ['OTEL_TRACES_EXPORTER', 'jaeger', /OTEL_TRACES_EXPORTER must be none, console or otlp/],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'http/protobuf', /OTEL_EXPORTER_OTLP_PROTOCOL must be http\/json/],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'localhost:4318', /OTEL_EXPORTER_OTLP_ENDPOINT must be an http\(s\) URL/],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => loadOtelConfig({ [name]: value })).toThrow(expect.objectContaining({ code: 'misconfigured', message: expect.stringMatching(message) }));
  });

  it('records content only when asked', () => {
    expect(loadOtelConfig({ MODELGATE_OTEL_RECORD_CONTENT: 'true' }).recordContent).toBe(true);
    expect(loadOtelConfig({ MODELGATE_OTEL_RECORD_CONTENT: 'off' }).recordContent).toBe(false);
  });
});
