import { SimulatorState } from './simulator-state';

const state = () => new SimulatorState({ masterKey: null, database: false, flavor: 'litellm', version: '1.0.0', litellmVersion: '1.83.14', models: [{ id: 'a' }, { id: 'b' }] });

describe('SimulatorState', () => {
  it('hands out queued steps per model, first in first out', () => {
    const s = state();
    s.enqueue('a', [{ text: 'one' }, { text: 'two' }]);
    s.enqueue('b', [{ fault: 'server-error' }]);
    expect(s.takeStep(['a'])).toEqual({ text: 'one' });
    expect(s.takeStep(['b'])).toEqual({ fault: 'server-error' });
    expect(s.takeStep(['a'])).toEqual({ text: 'two' });
    expect(s.takeStep(['a'])).toBeUndefined();
  });

  it('looks at the requested name before its route', () => {
    const s = state();
    s.enqueue('openai/*', [{ text: 'route' }]);
    s.enqueue('openai/x', [{ text: 'exact' }]);
    expect(s.takeStep(['openai/x', 'openai/*'])).toEqual({ text: 'exact' });
    expect(s.takeStep(['openai/x', 'openai/*'])).toEqual({ text: 'route' });
  });

  it('refuses a misspelt step instead of ignoring it', () => {
    expect(() => state().enqueue('a', [{ fault: 'stall-header' }])).toThrow(/invalid fault/);
    expect(() => state().enqueue('a', [{ txt: 'typo' }])).toThrow(/invalid reply/);
  });

  it('sets, reads and clears route faults', () => {
    const s = state();
    s.setRouteFault('model-info', { fault: 'status', status: 403 });
    expect(s.routeFault('model-info')).toEqual({ fault: 'status', status: 403 });
    s.setRouteFault('model-info', null);
    expect(s.routeFault('model-info')).toBeUndefined();
  });

  it('refuses a stream fault on a route that does not stream', () => {
    expect(() => state().setRouteFault('models', { fault: 'midstream-error' })).toThrow(/only applies to the 'chat' route/);
  });

  it('numbers tool calls deterministically from call_1, again after a reset', () => {
    const s = state();
    expect([s.nextToolCallId(), s.nextToolCallId()]).toEqual(['call_1', 'call_2']);
    s.reset();
    expect(s.nextToolCallId()).toBe('call_1');
  });

  it('forgets queues, faults, recordings and counters on reset', () => {
    const s = state();
    s.enqueue('a', [{ text: 'x' }]);
    s.setRouteFault('chat', { fault: 'server-error' });
    s.recorder.request({ method: 'GET', path: '/', query: '', headers: {}, body: undefined, at: 0 });
    s.abortedCount = 2;
    s.reset();
    expect(s.takeStep(['a'])).toBeUndefined();
    expect(s.routeFault('chat')).toBeUndefined();
    expect(s.recorder.requests).toEqual([]);
    expect(s.abortedCount).toBe(0);
  });
});
