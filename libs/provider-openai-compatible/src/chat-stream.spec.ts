import { type ChatResult, EMPTY_GATEWAY_METADATA, EMPTY_USAGE, ProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { EventStream } from './chat-stream';

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
};

async function* script(events: StreamEvent[], end: ChatResult | Error): AsyncGenerator<StreamEvent, ChatResult> {
  for (const event of events) yield event;
  if (end instanceof Error) throw end;
  yield { type: 'finish', result: end };
  return end;
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
    async function* endless(): AsyncGenerator<StreamEvent, ChatResult> {
      yield delta('a');
      await stopped;
      throw new ProviderError({ code: 'aborted', message: 'stopped' });
    }
    const stream = new EventStream(endless(), () => stop());
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
