import { type ChatResult, EMPTY_GATEWAY_METADATA, EMPTY_USAGE, ProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { type Backpressure, EventStream, HIGH_WATER_EVENTS } from './chat-stream';

const result: ChatResult = {
  content: 'hi',
  reasoning: null,
  toolCalls: [],
  usage: EMPTY_USAGE,
  cost: { usd: null, source: 'unknown' },
  timing: { totalMs: 1, timeToFirstTokenMs: null, modelMs: 1, toolMs: 0, segments: [] },
  finishReason: { unified: 'stop', raw: 'stop' },
  model: 'litellm/m',
  provider: 'litellm',
  turns: 1,
  gateway: EMPTY_GATEWAY_METADATA,
  warnings: [],
};

type Emit = (event: StreamEvent) => void;
const nextTurnOfTheLoop = () => new Promise((resolve) => setImmediate(resolve));

/** A call that emits `events` at once, then ends with `end`. */
function script(events: StreamEvent[], end: ChatResult | Error) {
  return async (emit: Emit): Promise<ChatResult> => {
    for (const event of events) emit(event);
    if (end instanceof Error) throw end;
    emit({ type: 'finish', result: end });
    return end;
  };
}

/** The same, with a pause before each event, so the reader is already waiting for it. */
function slowScript(events: StreamEvent[], end: ChatResult | Error) {
  return async (emit: Emit): Promise<ChatResult> => {
    for (const event of events) {
      await nextTurnOfTheLoop();
      emit(event);
    }
    await nextTurnOfTheLoop();
    return script([], end)(emit);
  };
}

const delta = (text: string): StreamEvent => ({ type: 'text-delta', turn: 1, delta: text });

describe('EventStream', () => {
  it('hands out every event and settles result with the finish result', async () => {
    const stream = new EventStream(script([delta('h'), delta('i')], result), () => undefined);
    const seen: string[] = [];
    for await (const event of stream) seen.push(event.type);
    expect(seen).toEqual(['text-delta', 'text-delta', 'finish']);
    await expect(stream.result).resolves.toBe(result);
  });

  it('hands events to a reader that waits for them, in order', async () => {
    const stream = new EventStream(slowScript([delta('a'), delta('b'), delta('c')], result), () => undefined);
    const seen: StreamEvent[] = [];
    for await (const event of stream) seen.push(event);
    expect(seen).toEqual([delta('a'), delta('b'), delta('c'), { type: 'finish', result }]);
  });

  it('keeps the order when a slow reader falls behind and catches up', async () => {
    const stream = new EventStream(slowScript([delta('1'), delta('2'), delta('3'), delta('4')], result), () => undefined);
    const seen: string[] = [];
    for await (const event of stream) {
      if (event.type === 'text-delta') seen.push(event.delta);
      if (seen.length === 1) for (let i = 0; i < 4; i++) await nextTurnOfTheLoop();
    }
    expect(seen).toEqual(['1', '2', '3', '4']);
  });

  it('fails a reader that waits when the call fails', async () => {
    const failure = new ProviderError({ code: 'upstream', message: 'late' });
    const stream = new EventStream(slowScript([delta('a')], failure), () => undefined);
    const iterator = stream[Symbol.asyncIterator]();
    await expect(iterator.next()).resolves.toEqual({ done: false, value: delta('a') });
    await expect(iterator.next()).rejects.toBe(failure);
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('runs the call when only result is awaited', async () => {
    await expect(new EventStream(script([delta('x')], result), () => undefined).result).resolves.toBe(result);
  });

  it('throws the call error from the iteration and from result', async () => {
    const failure = new ProviderError({ code: 'upstream', message: 'boom' });
    const stream = new EventStream(script([delta('a')], failure), () => undefined);
    const seen: StreamEvent[] = [];
    await expect(
      (async () => {
        for await (const event of stream) seen.push(event);
      })(),
    ).rejects.toBe(failure);
    expect(seen).toEqual([delta('a')]);
    await expect(stream.result).rejects.toBe(failure);
  });

  it('raises no unhandled rejection when nobody awaits a failed result', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    const stream = new EventStream(script([], new Error('nobody listens')), () => undefined);
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
    expect(stream).toBeDefined();
  });

  it('stops the call when the consumer breaks out early', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    async function endless(emit: Emit): Promise<ChatResult> {
      emit(delta('a'));
      await stopped;
      emit(delta('dropped: nobody reads any more'));
      throw new ProviderError({ code: 'aborted', message: 'stopped' });
    }
    const stream = new EventStream(endless, () => stop());
    for await (const event of stream) {
      expect(event).toEqual(delta('a'));
      break;
    }
    await expect(stream.result).rejects.toMatchObject({ code: 'aborted' });
  });

  it('does not stop a call that already finished when the consumer leaves', async () => {
    let stopped = 0;
    const stream = new EventStream(script([delta('a')], result), () => stopped++);
    await stream.result;
    for await (const _event of stream) break;
    expect(stopped).toBe(0);
  });

  it('may be iterated only once', () => {
    const stream = new EventStream(script([], result), () => undefined);
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow('only once');
  });
});

describe('EventStream backpressure', () => {
  const COUNT = 2000;

  /** A producer that emits as fast as it may, waiting whenever the stream asks it to; counts what it emitted. */
  function producer() {
    const state = { emitted: 0 };
    const call = async (emit: Emit, backpressure: Backpressure): Promise<ChatResult> => {
      for (let i = 0; i < COUNT; i++) {
        const wait = backpressure();
        if (wait) await wait;
        emit(delta(String(i)));
        state.emitted++;
        if (i % 100 === 0) await nextTurnOfTheLoop();
      }
      return result;
    };
    return { state, call };
  }

  it('pauses the producer while the reader is behind, then delivers every event in order', async () => {
    const { state, call } = producer();
    const stream = new EventStream(call, () => undefined);
    const iterator = stream[Symbol.asyncIterator]();
    const seen: string[] = [];
    const first = await iterator.next();
    if (!first.done && first.value.type === 'text-delta') seen.push(first.value.delta);
    for (let i = 0; i < 50; i++) await nextTurnOfTheLoop();
    // The reader took one event and stopped: the producer got no further than the high-water mark.
    expect(state.emitted).toBeLessThanOrEqual(HIGH_WATER_EVENTS + 1);
    for (;;) {
      const step = await iterator.next();
      if (step.done) break;
      if (step.value.type === 'text-delta') seen.push(step.value.delta);
    }
    expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => String(i)));
    await expect(stream.result).resolves.toBe(result);
  });

  it('never pauses a stream nobody iterates, so awaiting its result alone still runs the call', async () => {
    const { state, call } = producer();
    await expect(new EventStream(call, () => undefined).result).resolves.toBe(result);
    expect(state.emitted).toBe(COUNT);
  });

  it('resumes a paused producer when the reader leaves', async () => {
    const { state, call } = producer();
    let stopped = false;
    const stream = new EventStream(call, () => (stopped = true));
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    for (let i = 0; i < 50; i++) await nextTurnOfTheLoop();
    expect(state.emitted).toBeLessThan(COUNT);
    await iterator.return?.();
    await expect(stream.result).resolves.toBe(result);
    expect(stopped).toBe(true);
  });
});
