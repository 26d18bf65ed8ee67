import { context, SpanStatusCode } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { ProviderError } from '@modelgate/provider-contracts';
import { inMemoryTelemetry } from '@modelgate/testing';
import { OperationTrace, traceOperation, untracedOperation, type OperationStart } from './operation-trace';
import { ModelgateTelemetry } from './telemetry';

const START: OperationStart = {
  operation: 'chat',
  provider: 'litellm',
  providerModel: 'gpt-4o-mini',
  model: 'litellm/gpt-4o-mini',
  server: { 'server.address': '127.0.0.1', 'server.port': 4000 },
  streaming: false,
};
const TURN = { finishReason: 'stop', usage: null, gateway: { callId: null } };
const OUTCOME = { usage: { inputTokens: 3, outputTokens: 4 }, timeToFirstChunkMs: 5, attributes: () => ({ 'modelgate.turns': 1 }) };

describe('OperationTrace', () => {
  it('starts no span and writes no trace header when no tracer provider is registered', async () => {
    const operation = new OperationTrace(new ModelgateTelemetry(), START);
    expect(operation.recording).toBe(false);
    expect(operation.turn(1).headers).toBeUndefined();
    expect(await traceOperation(new ModelgateTelemetry(), START, async () => 'answer', () => OUTCOME)).toBe('answer');
  });

  it('ends the spans still open with the error of the operation, ProviderError code as error.type', async () => {
    const otel = inMemoryTelemetry();
    const failure = new ProviderError({ code: 'timeout', message: 'No answer within 10 ms' });
    const running = traceOperation(new ModelgateTelemetry(otel), START, async (operation) => {
      operation.turn(1).end(TURN);
      operation.turn(2);
      operation.tool({ id: 'call_1', name: 'add', arguments: '{}' }, 1);
      throw failure;
    }, () => OUTCOME);
    await expect(running).rejects.toBe(failure);
    expect(otel.spans().map((span) => [span.name, span.attributes['error.type'], span.status.code])).toEqual([
      ['turn 1', undefined, SpanStatusCode.UNSET],
      ['turn 2', 'timeout', SpanStatusCode.ERROR],
      ['execute_tool add', 'timeout', SpanStatusCode.ERROR],
      ['chat gpt-4o-mini', 'timeout', SpanStatusCode.ERROR],
    ]);
    expect(otel.span('chat gpt-4o-mini').status.message).toBe('No answer within 10 ms');
    await otel.shutdown();
  });

  it('calls any other failure _OTHER and redacts a key from its message', async () => {
    const otel = inMemoryTelemetry();
    const operation = new OperationTrace(new ModelgateTelemetry(otel), START);
    operation.fail(new Error('bad key sk-canary-0123456789abcdef'));
    const [span] = otel.spans();
    expect(span!.attributes['error.type']).toBe('_OTHER');
    expect(span!.status.message).not.toContain('sk-canary');
    await otel.shutdown();
  });

  it('marks a failed tool run as an error on its span, though the call goes on', async () => {
    const otel = inMemoryTelemetry();
    const operation = new OperationTrace(new ModelgateTelemetry(otel), START);
    const record = { id: 'call_1', name: 'add', arguments: '{', args: null, result: null, error: 'not valid JSON', durationMs: 1, turn: 1 };
    operation.tool(record, 1).end(record);
    operation.succeed(OUTCOME);
    expect(otel.span('execute_tool add').status).toEqual({ code: SpanStatusCode.ERROR, message: 'not valid JSON' });
    expect(otel.span('execute_tool add').attributes['error.type']).toBe('tool_error');
    expect(otel.span('chat gpt-4o-mini').status.code).toBe(SpanStatusCode.UNSET);
    await otel.shutdown();
  });

  it('runs a tool in its span context, so the spans the tool starts nest under it', async () => {
    const otel = inMemoryTelemetry();
    const manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    try {
      const telemetry = new ModelgateTelemetry(otel);
      const tool = new OperationTrace(telemetry, START).tool({ id: 'call_1', name: 'search', arguments: '{}' }, 1);
      await tool.run(async () => {
        await Promise.resolve();
        telemetry.tracer.startSpan('inside the tool').end();
      });
      expect(otel.span('inside the tool').parentSpanContext?.spanId).toBe(tool.span.spanContext().spanId);
    } finally {
      context.disable();
      await otel.shutdown();
    }
  });

  it("gives the W3C traceparent of the operation's own span and of each turn's", async () => {
    const otel = inMemoryTelemetry();
    const operation = new OperationTrace(new ModelgateTelemetry(otel), START);
    const turn = operation.turn(1);
    const traceparent = (span: { spanContext(): { traceId: string; spanId: string } }) =>
      `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;
    expect(operation.headers()).toEqual({ traceparent: traceparent(operation.span) });
    expect(turn.headers).toEqual({ traceparent: traceparent(turn.span) });
    await otel.shutdown();
  });

  it('records nothing through the untraced operation, whatever is registered', () => {
    const operation = untracedOperation();
    expect(operation.recording).toBe(false);
    expect(operation.turn(1).headers).toBeUndefined();
  });
});
