/** Why a call ended before it finished. */
export type EndReason = 'timeout' | 'aborted';

/** The longest delay a timer takes: Node fires a longer one at once (TimeoutOverflowWarning). */
export const MAX_TIMER_MS = 2_147_483_647;

/** An abort controller that also aborts when `parent` does; `dispose` unhooks it from the parent. */
export function linkedController(parent: AbortSignal): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort(parent.reason);
  if (parent.aborted) abort();
  else parent.addEventListener('abort', abort, { once: true });
  return { controller, dispose: () => parent.removeEventListener('abort', abort) };
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts: for work that may not
 * heed its signal (a tool that ignores it, the SDK sleeping before a retry). A later rejection of `promise`
 * is handled, never reported as unhandled.
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

const ignore = (): void => undefined;

/**
 * The life of one call: one budget (`timeoutMs`) for every turn, tool and byte of it; the caller's signal
 * and the consumer leaving a stream early (`signals`) end it too. Every request and tool of the call gets
 * the scope's one signal. The SDK's own timeout stops at the response headers; this one also covers a body
 * that stalls. `dispose` clears the timer and the listeners, so a finished call leaves nothing behind.
 * Races share one promise that rejects when the call ends, rather than an abort listener each: event
 * listeners and abort signals cost microseconds apiece on every call.
 */
export class CallScope {
  private readonly controller = new AbortController();
  private readonly unlinks: (() => void)[] = [];
  private readonly timer: ReturnType<typeof setTimeout>;
  private reason: EndReason | null = null;
  private readonly deadline: number;
  private endedPromise: Promise<never> | null = null;
  private rejectEnded: ((reason: unknown) => void) | null = null;

  constructor(
    readonly timeoutMs: number,
    signals: readonly (AbortSignal | undefined)[] = [],
  ) {
    const budget = Math.min(timeoutMs, MAX_TIMER_MS);
    this.deadline = performance.now() + budget;
    this.timer = setTimeout(() => this.end('timeout'), budget);
    for (const signal of signals) {
      if (signal === undefined) continue;
      const abort = () => this.end('aborted');
      if (signal.aborted) abort();
      signal.addEventListener('abort', abort, { once: true });
      this.unlinks.push(() => signal.removeEventListener('abort', abort));
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** `null` while the call runs. */
  get ended(): EndReason | null {
    return this.reason;
  }

  /** Milliseconds left of the budget, at least 1. */
  remainingMs(): number {
    return Math.max(1, Math.ceil(this.deadline - performance.now()));
  }

  end(reason: EndReason): void {
    if (this.reason !== null) return;
    this.reason = reason;
    clearTimeout(this.timer);
    this.controller.abort();
    this.rejectEnded?.(this.controller.signal.reason);
  }

  /** Settles with `promise`, or rejects as soon as the call ends, for work that may not heed the signal. */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.reason !== null) {
      promise.catch(ignore);
      return Promise.reject(this.controller.signal.reason);
    }
    if (this.endedPromise === null) {
      this.endedPromise = new Promise<never>((_, reject) => (this.rejectEnded = reject));
      this.endedPromise.catch(ignore);
    }
    // The loser's rejection, if any, is handled: a request the call no longer waits for may still fail.
    promise.catch(ignore);
    return Promise.race([promise, this.endedPromise]);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const unlink of this.unlinks) unlink();
  }
}
