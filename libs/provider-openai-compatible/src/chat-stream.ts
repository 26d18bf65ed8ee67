import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** Unread events at which the producer is asked to wait, and to which the reader must catch up to resume it. */
export const HIGH_WATER_EVENTS = 256;
const LOW_WATER_EVENTS = HIGH_WATER_EVENTS / 2;

/** A promise to wait on before producing more, or undefined to go on at once. */
export type Backpressure = () => Promise<void> | undefined;

/**
 * A `ChatStream` over a call that emits its events. The call starts at once and its events are buffered
 * until read, so awaiting `result` alone also runs the call; a reader already waiting gets each event
 * handed over directly. While a reader iterates and is `HIGH_WATER_EVENTS` behind, `backpressure` gives the
 * producer a promise that settles once the reader has caught up halfway, so the upstream read pauses
 * instead of the buffer growing without bound; a stream nobody iterates (only `result` awaited) never
 * pauses, since nothing would ever resume it. One consumer may iterate; when it stops early (`break`, `return`, a throw in its
 * loop body) `stop` ends the call, which aborts the upstream request and signals running tools. `result`
 * never raises an unhandled rejection: it is observed internally and still rejects for whoever awaits it.
 */
export class EventStream implements ChatStream {
  readonly result: Promise<ChatResult>;
  private readonly buffer: StreamEvent[] = [];
  private head = 0;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private waiting: { resolve: (step: IteratorResult<StreamEvent>) => void; reject: (error: unknown) => void } | null = null;
  private claimed = false;
  private closed = false;
  private drained: (() => void)[] = [];

  constructor(
    call: (emit: (event: StreamEvent) => void, backpressure: Backpressure) => Promise<ChatResult>,
    private readonly stop: () => void,
  ) {
    this.result = call(
      (event) => this.push(event),
      () => this.backpressure(),
    ).then(
      (result) => {
        this.ended = true;
        this.settleWaiting();
        return result;
      },
      (error: unknown) => {
        this.failure = { error };
        this.ended = true;
        this.settleWaiting();
        throw error;
      },
    );
    this.result.catch(() => undefined);
  }

  [Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    if (this.claimed) throw new Error('A ChatStream can be iterated only once');
    this.claimed = true;
    return {
      next: () => this.next(),
      return: async () => {
        this.close();
        return DONE;
      },
    };
  }

  private push(event: StreamEvent): void {
    if (this.closed) return;
    const waiting = this.waiting;
    if (waiting === null) {
      this.buffer.push(event);
      return;
    }
    // A reader waits only when the buffer is empty, so handing the event over keeps the order.
    this.waiting = null;
    waiting.resolve({ done: false, value: event });
  }

  private backpressure(): Promise<void> | undefined {
    if (!this.claimed || this.closed || this.buffer.length - this.head < HIGH_WATER_EVENTS) return undefined;
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private resume(): void {
    const drained = this.drained;
    if (drained.length === 0) return;
    this.drained = [];
    for (const resolve of drained) resolve();
  }

  /** The call ended while the reader waited for its next event. */
  private settleWaiting(): void {
    const waiting = this.waiting;
    if (waiting === null) return;
    this.waiting = null;
    this.next().then(waiting.resolve, waiting.reject);
  }

  private next(): Promise<IteratorResult<StreamEvent>> {
    if (this.closed) return Promise.resolve(DONE);
    if (this.head < this.buffer.length) {
      const value = this.buffer[this.head++];
      // Drop what was read once the reader caught up, so a long stream does not keep every event.
      if (this.head === this.buffer.length) {
        this.buffer.length = 0;
        this.head = 0;
      }
      if (this.buffer.length - this.head <= LOW_WATER_EVENTS) this.resume();
      return Promise.resolve({ done: false, value });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.close();
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    this.resume();
    if (!this.ended) this.stop();
  }
}
