import { CallTiming } from './call-timing';

describe('CallTiming', () => {
  it('places model and tool segments on the call clock and sums the model ones', () => {
    const timing = new CallTiming();
    const model = timing.segment('model', 'litellm/gpt-4o-mini', 1, timing.now());
    const toolStart = timing.now();
    timing.segment('tool', 'weather', 1, toolStart);
    timing.segment('tool', 'time', 1, toolStart);
    timing.toolPhase(toolStart);
    const result = timing.timing();
    expect(result.segments.map((s) => [s.kind, s.name, s.turn])).toEqual([
      ['model', 'litellm/gpt-4o-mini', 1],
      ['tool', 'weather', 1],
      ['tool', 'time', 1],
    ]);
    expect(result.modelMs).toBe(model.durationMs);
    expect(result.totalMs).toBeGreaterThanOrEqual(result.modelMs);
  });

  it('keeps the first token mark and ignores later ones', () => {
    const timing = new CallTiming();
    timing.markFirstToken();
    const first = timing.timing().timeToFirstTokenMs;
    timing.markFirstToken();
    expect(timing.timing().timeToFirstTokenMs).toBe(first);
  });

  it('has no time to first token until something arrived', () => {
    expect(new CallTiming().timing().timeToFirstTokenMs).toBeNull();
  });
});
