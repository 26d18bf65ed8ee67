import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';

/**
 * A `ChatStream` over the tool loop's events. The loop starts at once and its events are buffered until
 * read, so awaiting `result` alone also runs the call. One consumer may iterate; when it stops early
 * (`break`, `return`, a throw in its loop body) `stop` ends the call, which aborts the upstream request and
 * signals running tools. `result` never raises an unhandled rejection: it is observed internally and still
 * rejects for whoever awaits it.
 */
export class EventStream implements ChatStream {
  readonly result: Promise<ChatResult>;
  private readonly buffer: StreamEvent[] = [];
  private head = 0;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private waiting: (() => void) | null = null;
  private claimed = false;
  private closed = false;

  constructor(
    events: AsyncGenerator<StreamEvent, ChatResult, undefined>,
    private readonly stop: () => void,
  ) {
    this.result = this.pump(events);
    this.result.catch(() => undefined);
  }

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    if (this.claimed) throw new Error('A ChatStream can be iterated only once');
    this.claimed = true;
    return {
      next: () => this.next(),
      return: async () => {
        this.close();
        return { done: true, value: undefined };
      },
    };
  }

  private async pump(events: AsyncGenerator<StreamEvent, ChatResult, undefined>): Promise<ChatResult> {
    try {
      for (;;) {
        const step = await events.next();
        if (step.done) return step.value;
        if (!this.closed) this.buffer.push(step.value);
        this.wake();
      }
    } catch (error) {
      this.failure = { error };
      throw error;
    } finally {
      this.ended = true;
      this.wake();
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  private async next(): Promise<IteratorResult<StreamEvent>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      if (this.head < this.buffer.length) {
        const value = this.buffer[this.head++];
        // Drop what was read once the reader caught up, so a long stream does not keep every event.
        if (this.head === this.buffer.length) {
          this.buffer.length = 0;
          this.head = 0;
        }
        return { done: false, value };
      }
      if (this.failure) {
        const { error } = this.failure;
        this.close();
        throw error;
      }
      if (this.ended) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    if (!this.ended) this.stop();
  }
}
