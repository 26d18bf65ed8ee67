import { WORKLOAD_NAMES, decodeTask, encodeTask } from './protocol';

describe('the worker command line', () => {
  it('carries a task there and back', () => {
    const task = { client: 'modelgate', entry: '/b/m.cjs', baseUrl: 'http://127.0.0.1:1', quick: true, only: ['sequential'] } as const;
    expect(decodeTask(encodeTask(task))).toEqual(task);
  });

  it('runs every workload when none is named', () => {
    expect(decodeTask(['fetch', '/e', 'http://x', 'full']).only).toEqual(WORKLOAD_NAMES);
  });

  it('refuses an unknown mode or workload', () => {
    expect(() => decodeTask(['fetch', '/e', 'http://x', 'fast'])).toThrow(/usage/);
    expect(() => decodeTask(['fetch', '/e', 'http://x', 'full', 'sequential,warp'])).toThrow(/usage/);
  });
});
