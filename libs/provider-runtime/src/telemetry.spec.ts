import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { type Fault, type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type ChatRequest, type ChatResult, type ChatStream, createToolset } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { BUCKETS, METRIC } from '@modelgate/telemetry';
import { canaryKey, type InMemoryTelemetry, inMemoryTelemetry } from '@modelgate/testing';
import { createModelgate } from './create-modelgate';
import { calculator } from './test-support/calculator';

const KEY = canaryKey('otel');
const MODEL = 'litellm/gpt-4o-mini';

const tools = createToolset([calculator]);

const toolQuestion = (overrides: Partial<ChatRequest> = {}): ChatRequest => ({
  model: MODEL,
  messages: [{ role: 'user', content: 'What is 12 * 7?' }],
  tools: [...tools.definitions()],
  ...overrides,
});

async function drain(stream: ChatStream): Promise<ChatResult> {
  for await (const _event of stream) {
    // Read to the end: the result is what the spans are checked against.
  }
  return stream.result;
}

describe('OpenTelemetry spans and metrics of calls through createModelgate', () => {
  let sim: GatewaySimulator;
  let otel: InMemoryTelemetry;

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
  });
  beforeEach(() => {
    otel = inMemoryTelemetry();
  });
  afterEach(async () => {
    sim.reset();
    await otel.shutdown();
  });
  afterAll(() => sim.close());

  const gate = (options: { recordContent?: boolean; apiKey?: string; timeoutMs?: number } = {}) =>
    createModelgate({
      providers: [litellmModule({ baseUrl: sim.url, apiKey: options.apiKey ?? KEY, maxRetries: 0, timeoutMs: options.timeoutMs })],
      toolExecutor: tools,
      telemetry: { ...otel, recordContent: options.recordContent },
    });

  async function discovered(options?: Parameters<typeof gate>[0]) {
    const modelgate = await gate(options);
    await modelgate.discovery.refresh();
    return modelgate;
  }

  it('gives a streamed two-turn tool loop one chat span with a span per turn and per tool run', async () => {
    const { execution } = await discovered();
    await drain(execution.stream(toolQuestion()));
    const chat = otel.span('chat gpt-4o-mini');
    const [turn1, tool, turn2] = ['turn 1', 'execute_tool calculator', 'turn 2'].map((name) => otel.span(name));
    for (const child of [turn1, tool, turn2]) {
      expect(child!.parentSpanContext?.spanId).toBe(chat.spanContext().spanId);
      expect(child!.spanContext().traceId).toBe(chat.spanContext().traceId);
    }
    expect(otel.tree().split('\n').map((line) => line.split(' [')[0])).toEqual([
      'discovery',
      'chat gpt-4o-mini',
      '  turn 1',
      '  execute_tool calculator',
      '  turn 2',
    ]);
    expect([chat.kind, turn1!.kind, tool!.kind]).toEqual([SpanKind.CLIENT, SpanKind.CLIENT, SpanKind.INTERNAL]);
  });

  it('puts exactly the conventions attributes, the cost and the gateway call id on the chat span', async () => {
    const { execution } = await discovered();
    const result = await drain(execution.stream(toolQuestion({ maxTokens: 200, temperature: 0.5 })));
    const { attributes, status } = otel.span('chat gpt-4o-mini');
    expect(status.code).toBe(SpanStatusCode.UNSET);
    expect(attributes).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'litellm',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.request.max_tokens': 200,
      'gen_ai.request.temperature': 0.5,
      'gen_ai.request.choice.count': 1,
      'gen_ai.output.type': 'text',
      'server.address': '127.0.0.1',
      'server.port': sim.port,
      'modelgate.model': MODEL,
      'gen_ai.response.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': result.usage.inputTokens,
      'gen_ai.usage.output_tokens': result.usage.outputTokens,
      'gen_ai.response.finish_reasons': ['stop'],
      'modelgate.turns': 2,
      'modelgate.cost.source': result.cost.source,
      'modelgate.cost.usd': result.cost.usd,
      'modelgate.gateway.call_id': result.gateway.callId,
    });
    expect(result.gateway.callId).toEqual(expect.any(String));
    expect(otel.span('turn 1').attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'modelgate.turn': 1,
      'gen_ai.response.finish_reasons': ['tool_calls'],
    });
    expect(otel.span('execute_tool calculator').attributes).toEqual({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'calculator',
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.call.id': result.toolCalls[0]!.id,
      'modelgate.turn': 1,
    });
  });

  it('sends each turn its span as the W3C traceparent, so the gateway joins the trace', async () => {
    const { execution } = await discovered();
    await execution.chat(toolQuestion());
    const chatRequests = sim.requests.filter((request) => request.path === '/v1/chat/completions');
    const turns = [otel.span('turn 1'), otel.span('turn 2')];
    expect(chatRequests.map((request) => request.headers['traceparent'])).toEqual(
      turns.map((span) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`),
    );
  });

  it('gives an embedding call one span, whose context every batch request carries, with its tokens and size', async () => {
    const { execution } = await discovered();
    const result = await execution.embed({ model: 'litellm/text-embedding-3-small', input: ['ab', 'cde'] });
    const span = otel.span('embeddings text-embedding-3-small');
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.attributes).toMatchObject({
      'gen_ai.operation.name': 'embeddings',
      'gen_ai.provider.name': 'litellm',
      'gen_ai.request.model': 'text-embedding-3-small',
      'gen_ai.usage.input_tokens': result.usage.inputTokens,
      'gen_ai.embeddings.dimension.count': result.dimensions,
      'modelgate.embeddings.batches': 1,
      'modelgate.cost.source': result.cost.source,
    });
    expect(span.attributes['gen_ai.usage.output_tokens']).toBeUndefined();
    const batches = sim.requests.filter((request) => request.path === '/v1/embeddings');
    expect(batches.map((request) => request.headers['traceparent'])).toEqual([`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`]);
  });

  it('ends an embedding call refused before any request (a chat model) as a failed embeddings span', async () => {
    const { execution } = await discovered();
    await expect(execution.embed({ model: MODEL, input: 'ab' })).rejects.toMatchObject({ code: 'bad_request' });
    const span = otel.span('embeddings gpt-4o-mini');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes['error.type']).toBe('bad_request');
  });

  it('records prompts, answers and tool arguments only when recordContent is on', async () => {
    const { execution } = await discovered();
    await execution.chat(toolQuestion());
    const names = otel.spans().flatMap((span) => Object.keys(span.attributes));
    expect(names.filter((name) => /messages|arguments|result/.test(name))).toEqual([]);

    const recorded = inMemoryTelemetry();
    otel = recorded;
    const withContent = await discovered({ recordContent: true });
    const result = await withContent.execution.chat(toolQuestion());
    expect(JSON.parse(String(recorded.span('chat gpt-4o-mini').attributes['gen_ai.input.messages']))).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'What is 12 * 7?' }] },
    ]);
    expect(JSON.parse(String(recorded.span('chat gpt-4o-mini').attributes['gen_ai.output.messages']))).toEqual([
      { role: 'assistant', parts: [{ type: 'text', content: result.content }], finish_reason: 'stop' },
    ]);
    expect(recorded.span('execute_tool calculator').attributes).toMatchObject({
      'gen_ai.tool.call.arguments': result.toolCalls[0]!.arguments,
      'gen_ai.tool.call.result': '84',
    });
  });

  it('records the duration, the token usage and the time to first chunk with the conventions buckets', async () => {
    const { execution } = await discovered();
    const streamed = await drain(execution.stream(toolQuestion()));
    await execution.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] });
    const metrics = await otel.metrics();
    const named = (name: string) => metrics.find((metric) => metric.descriptor.name === name)!;
    const duration = named(METRIC.operationDuration);
    expect(duration.descriptor.unit).toBe('s');
    expect(duration.dataPoints.map((point) => (point.value as { count: number }).count)).toEqual([2]);
    expect((duration.dataPoints[0]!.value as { buckets: { boundaries: number[] } }).buckets.boundaries).toEqual(BUCKETS.operationDuration);
    expect(duration.dataPoints[0]!.attributes).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'litellm',
      'gen_ai.request.model': 'gpt-4o-mini',
      'server.address': '127.0.0.1',
      'server.port': sim.port,
      'gen_ai.response.model': 'gpt-4o-mini',
    });
    const usage = named(METRIC.tokenUsage);
    const input = usage.dataPoints.find((point) => point.attributes['gen_ai.token.type'] === 'input')!;
    expect((input.value as { buckets: { boundaries: number[] } }).buckets.boundaries).toEqual(BUCKETS.tokenUsage);
    expect((input.value as { count: number }).count).toBe(2);
    const firstChunk = named(METRIC.timeToFirstChunk);
    // Only the streamed call has a first chunk to time.
    expect(firstChunk.dataPoints.map((point) => (point.value as { count: number; sum: number }).count)).toEqual([1]);
    expect((firstChunk.dataPoints[0]!.value as { sum: number }).sum).toBeCloseTo(streamed.timing.timeToFirstTokenMs! / 1000, 6);
    expect((firstChunk.dataPoints[0]!.value as { buckets: { boundaries: number[] } }).buckets.boundaries).toEqual(BUCKETS.timeToFirstChunk);
  });

  const faults: [string, Fault][] = [
    ['rate_limited', { fault: 'rate-limit' }],
    ['budget_exceeded', { fault: 'budget-exceeded' }],
    ['upstream', { fault: 'server-error' }],
    ['context_window_exceeded', { fault: 'context-window' }],
    ['forbidden', { fault: 'status', status: 403 }],
    ['bad_request', { fault: 'status', status: 400, body: { error: { message: 'bad', type: 'invalid_request_error' } } }],
    ['timeout', { fault: 'request-timeout' }],
    ['invalid_response', { fault: 'malformed-json' }],
    ['model_not_found', { fault: 'invalid-model' }],
  ];

  describe.each(['chat', 'stream'] as const)('%s', (mode) => {
    const call = (execution: Awaited<ReturnType<typeof gate>>['execution'], request: ChatRequest) =>
      mode === 'chat' ? execution.chat(request) : drain(execution.stream(request));

    it.each(faults)('ends the chat span and its turn with error.type %s', async (code, fault) => {
      const { execution } = await discovered();
      sim.enqueue('gpt-4o-mini', fault);
      await expect(call(execution, { model: MODEL, messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ code });
      for (const name of ['chat gpt-4o-mini', 'turn 1']) {
        const span = otel.span(name);
        expect(span.attributes['error.type']).toBe(code);
        expect(span.status.code).toBe(SpanStatusCode.ERROR);
      }
      const [point] = (await otel.metrics()).find((metric) => metric.descriptor.name === METRIC.operationDuration)!.dataPoints;
      expect(point!.attributes['error.type']).toBe(code);
    });

    it('ends the span with unauthorized for a wrong key, which no attribute or event holds', async () => {
      const wrong = canaryKey('wrong');
      const { execution } = await gate({ apiKey: wrong });
      await expect(call(execution, { model: MODEL, messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({
        code: 'unauthorized',
      });
      expect(otel.span('chat gpt-4o-mini').attributes['error.type']).toBe('unauthorized');
      expect(JSON.stringify(otel.spans().map(({ attributes, events, status, name }) => ({ attributes, events, status, name })))).not.toContain(wrong);
    });

    it('ends the span with timeout when the call runs out of time', async () => {
      const { execution } = await discovered();
      sim.enqueue('gpt-4o-mini', { fault: 'stall-headers' });
      await expect(call(execution, { model: MODEL, messages: [{ role: 'user', content: 'hi' }], timeoutMs: 300 })).rejects.toMatchObject({
        code: 'timeout',
      });
      expect(otel.span('turn 1').attributes['error.type']).toBe('timeout');
    });

    it('ends the span with aborted when the caller aborts', async () => {
      const { execution } = await discovered();
      sim.enqueue('gpt-4o-mini', { fault: 'stall-headers' });
      const controller = new AbortController();
      const running = call(execution, { model: MODEL, messages: [{ role: 'user', content: 'hi' }], signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(running).rejects.toMatchObject({ code: 'aborted' });
      expect(otel.span('chat gpt-4o-mini').attributes['error.type']).toBe('aborted');
    });

    it('ends the span with tool_loop_limit, closing the spans of the turns before it', async () => {
      const { execution } = await discovered();
      await expect(call(execution, toolQuestion({ maxToolIterations: 1, onToolLoopLimit: 'error' }))).rejects.toMatchObject({
        code: 'tool_loop_limit',
      });
      expect(otel.span('chat gpt-4o-mini').attributes['error.type']).toBe('tool_loop_limit');
      expect(otel.span('turn 1').status.code).toBe(SpanStatusCode.UNSET);
      expect(otel.span('execute_tool calculator').status.code).toBe(SpanStatusCode.UNSET);
    });

    it('gives a request refused before any provider a failed chat span too', async () => {
      const { execution } = await gate();
      await expect(call(execution, { model: 'nobody/some-model', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({
        code: 'model_not_found',
      });
      expect(otel.span('chat nobody/some-model').attributes['error.type']).toBe('model_not_found');
    });
  });

  it('ends the span with unreachable when nothing listens at the gateway address', async () => {
    const closed = await startGatewaySimulator();
    const url = closed.url;
    await closed.close();
    const { execution } = await createModelgate({
      providers: [litellmModule({ baseUrl: url, maxRetries: 0 })],
      telemetry: otel,
    });
    await expect(execution.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ code: 'unreachable' });
    expect(otel.span('chat gpt-4o-mini').attributes['error.type']).toBe('unreachable');
    expect(otel.span('turn 1').attributes['error.type']).toBe('unreachable');
  });

  it('puts discovery in a span with one event per provider report', async () => {
    await discovered();
    const span = otel.span('discovery');
    expect(span.events.map((event) => [event.name, event.attributes])).toEqual([
      ['discovery.report', { 'gen_ai.provider.name': 'litellm', 'modelgate.discovery.status': 'ready', 'modelgate.discovery.models': 4 }],
    ]);
  });

  it("sends discovery's span as the traceparent of every discovery request, so the gateway joins that trace too", async () => {
    await discovered();
    const span = otel.span('discovery');
    const discoveryRequests = sim.requests.filter((request) => ['/v1/models', '/model/info', '/health/readiness'].includes(request.path));
    expect(discoveryRequests.map((request) => request.path).sort()).toEqual(['/health/readiness', '/model/info', '/v1/models']);
    for (const request of discoveryRequests) {
      expect(request.headers['traceparent']).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    }
  });

  it('writes the key into no span, attribute or event of a whole tool loop, failed calls included', async () => {
    const { execution } = await discovered({ recordContent: true });
    await drain(execution.stream(toolQuestion()));
    sim.enqueue('gpt-4o-mini', { fault: 'server-error' });
    await execution.chat(toolQuestion()).catch(() => undefined);
    const everything = JSON.stringify(
      otel.spans().map(({ name, attributes, events, status, links, resource }) => ({ name, attributes, events, status, links, resource })),
    );
    expect(otel.spans().length).toBeGreaterThan(5);
    expect(everything).not.toContain(KEY);
    expect(JSON.stringify(await otel.metrics())).not.toContain(KEY);
  });
});
