import { CallScope, linkedController, MAX_TIMER_MS } from './call-scope';

const never = () => new Promise<never>(() => undefined);

describe('CallScope', () => {
  it('ends as timed out when its budget passes', async () => {
    const scope = new CallScope(5);
    await new Promise((resolve) => scope.signal.addEventListener('abort', resolve));
    expect(scope.ended).toBe('timeout');
    scope.dispose();
  });

  it('ends as aborted when the caller aborts', () => {
    const caller = new AbortController();
    const scope = new CallScope(10_000, [caller.signal]);
    caller.abort();
    expect(scope.ended).toBe('aborted');
    expect(scope.signal.aborted).toBe(true);
    scope.dispose();
  });

  it('starts ended when the caller had already aborted', () => {
    const caller = new AbortController();
    caller.abort();
    const scope = new CallScope(10_000, [caller.signal]);
    expect(scope.ended).toBe('aborted');
    scope.dispose();
  });

  it('ends when any of its signals aborts', () => {
    const consumer = new AbortController();
    const scope = new CallScope(10_000, [undefined, new AbortController().signal, consumer.signal]);
    consumer.abort();
    expect(scope.ended).toBe('aborted');
    scope.dispose();
  });

  it('keeps the first reason it ended for', () => {
    const scope = new CallScope(10_000);
    scope.end('timeout');
    scope.end('aborted');
    expect(scope.ended).toBe('timeout');
    scope.dispose();
  });

  it('stops listening to the caller once disposed', () => {
    const caller = new AbortController();
    const scope = new CallScope(10_000, [caller.signal]);
    scope.dispose();
    caller.abort();
    expect(scope.ended).toBeNull();
  });

  it('rejects a race with work that ignores the signal as soon as the call ends', async () => {
    const scope = new CallScope(10_000);
    const raced = scope.race(never());
    scope.end('aborted');
    await expect(raced).rejects.toBeDefined();
    scope.dispose();
  });

  it('passes through the result of a race the work wins', async () => {
    const scope = new CallScope(10_000);
    await expect(scope.race(Promise.resolve(42))).resolves.toBe(42);
    await expect(scope.race(Promise.reject(new Error('tool broke')))).rejects.toThrow('tool broke');
    scope.dispose();
  });

  it('caps a budget too long for a timer instead of ending at once', async () => {
    const scope = new CallScope(Number.MAX_SAFE_INTEGER);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(scope.ended).toBeNull();
    expect(scope.remainingMs()).toBeLessThanOrEqual(MAX_TIMER_MS);
    scope.dispose();
  });

  it('reports the budget left, never less than one millisecond', () => {
    const scope = new CallScope(10_000);
    expect(scope.remainingMs()).toBeGreaterThan(1);
    expect(scope.remainingMs()).toBeLessThanOrEqual(10_000);
    scope.dispose();
  });
});

describe('linkedController', () => {
  it('aborts with its parent until disposed', () => {
    const parent = new AbortController();
    const first = linkedController(parent.signal);
    const second = linkedController(parent.signal);
    second.dispose();
    parent.abort();
    expect(first.controller.signal.aborted).toBe(true);
    expect(second.controller.signal.aborted).toBe(false);
  });
});
