import { sleep, untilAborted, withoutEmpty } from './http-io';

describe('withoutEmpty', () => {
  it('leaves out empty and missing values', () => {
    expect(withoutEmpty({ a: '1', b: '', c: undefined })).toEqual({ a: '1' });
  });
});

describe('sleep', () => {
  it('resolves true when the time has passed', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBe(true);
  });

  it('resolves false at once when the signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = sleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).resolves.toBe(false);
  });

  it('resolves false for a signal that already aborted', async () => {
    await expect(sleep(10, AbortSignal.abort())).resolves.toBe(false);
  });
});

describe('untilAborted', () => {
  it('waits for the signal', async () => {
    const controller = new AbortController();
    let done = false;
    const waiting = untilAborted(controller.signal).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    controller.abort();
    await waiting;
    expect(done).toBe(true);
  });
});
