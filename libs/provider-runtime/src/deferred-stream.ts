import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';

/**
 * A stream whose start waits on a promise (a named credential being resolved): iterating waits for it, then
 * reads the stream it gives. Leaving before it is there leaves that stream as soon as it is, so the
 * upstream request is aborted as with any stream.
 */
export function deferredStream(pending: Promise<ChatStream>): ChatStream {
  const result: Promise<ChatResult> = pending.then((stream) => stream.result);
  // Nobody may await `result` when the caller only iterates; the rejection still reaches those who do.
  result.catch(() => undefined);
  let inner: Promise<AsyncIterator<StreamEvent>> | undefined;
  const iterator = (): Promise<AsyncIterator<StreamEvent>> => (inner ??= pending.then((stream) => stream[Symbol.asyncIterator]()));
  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
      return {
        next: () => iterator().then((it) => it.next()),
        return: async () => {
          const it = await iterator().catch(() => undefined);
          await it?.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
