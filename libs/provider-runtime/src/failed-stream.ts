import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';

/** A stream that fails on first read, for requests rejected before any provider is reached. */
export function failedStream(error: unknown): ChatStream {
  const result = Promise.reject<ChatResult>(error);
  // Nobody may await `result` when the caller only iterates; the rejection still reaches those who do.
  result.catch(() => undefined);
  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
      return {
        next: () => Promise.reject(error),
        return: () => Promise.resolve({ done: true, value: undefined }),
      };
    },
  };
}
