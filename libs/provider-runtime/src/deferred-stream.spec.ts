import { type ChatResult, type ChatStream, ProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { rejection } from '@modelgate/testing';
import { deferredStream } from './deferred-stream';

/** A stream of text deltas that records whether its reader left early. */
function fakeStream(deltas: string[]): ChatStream & { left: boolean } {
  const stream = {
    left: false,
    result: Promise.resolve({ content: deltas.join('') } as unknown as ChatResult),
    [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
      let index = 0;
      return {
        next: async () =>
          index < deltas.length
            ? { done: false, value: { type: 'text-delta', turn: 1, delta: deltas[index++]! } as StreamEvent }
            : { done: true, value: undefined },
        return: async () => {
          stream.left = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return stream;
}

describe('deferredStream', () => {
  it('reads the stream once the promise gives it, and settles with its result', async () => {
    const inner = fakeStream(['a', 'b']);
    const stream = deferredStream(Promise.resolve(inner));
    const seen: string[] = [];
    for await (const event of stream) if (event.type === 'text-delta') seen.push(event.delta);
    expect(seen).toEqual(['a', 'b']);
    expect((await stream.result).content).toBe('ab');
  });

  it('leaves the inner stream when its reader leaves, so the upstream request is aborted', async () => {
    const inner = fakeStream(['a', 'b', 'c']);
    for await (const event of deferredStream(Promise.resolve(inner))) {
      expect(event.type).toBe('text-delta');
      break;
    }
    expect(inner.left).toBe(true);
  });

  it('fails reads and the result with the promise rejection', async () => {
    const stream = deferredStream(Promise.reject(new ProviderError({ code: 'unauthorized', message: 'refused' })));
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toThrow('refused');
    expect((await rejection(stream.result)).code).toBe('unauthorized');
  });
});
