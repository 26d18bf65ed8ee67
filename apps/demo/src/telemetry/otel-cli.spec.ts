import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type BuiltDemo, buildDemo, runBuiltCli } from '../test-support/built-demo';
import { CANARY_KEY } from '../test-support/demo-harness';
import { type OtlpReceiver, receivedMetricNames, receivedSpans, startOtlpReceiver } from '../test-support/otlp-receiver';

/** The built CLI with the standard OTEL_* variables, against the simulator and an OTLP/HTTP JSON receiver. */
describe('the demo CLI with OpenTelemetry switched on from the environment', () => {
  let built: BuiltDemo;
  let simulator: GatewaySimulator;
  let receiver: OtlpReceiver;

  beforeAll(async () => {
    [built, simulator, receiver] = await Promise.all([buildDemo(), startGatewaySimulator({ masterKey: CANARY_KEY }), startOtlpReceiver()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([simulator?.close(), receiver?.close()]);
    await built?.remove();
  });

  const env = () => ({
    LITELLM_BASE_URL: simulator.url,
    LITELLM_API_KEY: CANARY_KEY,
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_METRICS_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
  });

  it('delivers a chat span with usage to the receiver before exiting, and the gateway saw its trace id', async () => {
    const run = await runBuiltCli(built.main, ['chat', '--model', 'litellm/gpt-4o-mini', 'What is 12 * 7?', '--tools', '--stream'], env(), 40_000);
    expect(run).toMatchObject({ code: 0, killed: false });

    const spans = receivedSpans(receiver);
    const chat = spans.find((span) => span.name === 'chat gpt-4o-mini')!;
    expect(chat).toBeDefined();
    expect(chat.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'litellm',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': expect.any(Number),
      'gen_ai.usage.output_tokens': expect.any(Number),
      'modelgate.turns': 2,
    });
    const children = spans.filter((span) => span.parentSpanId === chat.spanId).map((span) => span.name);
    expect(children.sort()).toEqual(['execute_tool calculator', 'turn 1', 'turn 2']);

    const traceparents = simulator.requests
      .filter((request) => request.path === '/v1/chat/completions')
      .map((request) => request.headers['traceparent']);
    expect(traceparents).toHaveLength(2);
    for (const traceparent of traceparents) expect(traceparent).toMatch(new RegExp(`^00-${chat.traceId}-[0-9a-f]{16}-01$`));

    expect(receiver.exports.every((entry) => entry.contentType.startsWith('application/json'))).toBe(true);
    expect(receivedMetricNames(receiver)).toEqual(
      expect.arrayContaining(['gen_ai.client.operation.duration', 'gen_ai.client.token.usage', 'gen_ai.client.operation.time_to_first_chunk']),
    );
    expect(JSON.stringify(receiver.exports)).not.toContain(CANARY_KEY);
  });

  it('refuses an OTLP protocol it has no exporter for, naming the variable', async () => {
    const run = await runBuiltCli(built.main, ['models'], { ...env(), OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/OTEL_EXPORTER_OTLP_PROTOCOL must be http\/json/);
  });
});
