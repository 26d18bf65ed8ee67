import { costRatio, median, ratiosAgainst, summarize, summarizeRounds } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('summarize', () => {
  it('gives median, min and max', () => {
    expect(summarize([3, 9, 1, 4, 5])).toEqual({ median: 4, min: 1, max: 9 });
  });
});

describe('summarizeRounds', () => {
  it('summarises each metric over the rounds that report it and leaves out the others', () => {
    const summary = summarizeRounds([{ seqRps: 100, discoveryMs: 4 }, { seqRps: 120 }, { seqRps: 110 }]);
    expect(summary.seqRps).toEqual({ median: 110, min: 100, max: 120 });
    expect(summary.discoveryMs).toEqual({ median: 4, min: 4, max: 4 });
    expect(summary.stream2000Ms).toBeUndefined();
  });
});

describe('costRatio', () => {
  it('reads a slower time as a cost above 1', () => {
    expect(costRatio('stream2000Ms', 30, 20)).toBe(1.5);
  });

  it('inverts throughput so half the requests per second costs 2', () => {
    expect(costRatio('seqRps', 500, 1000)).toBe(2);
  });

  it('has no ratio without a reference or against zero', () => {
    expect(costRatio('importMs', 10, undefined)).toBeNull();
    expect(costRatio('importMs', 10, 0)).toBeNull();
  });

  it('has no ratio for a metric that hovers around zero', () => {
    expect(costRatio('heapGrowthKB', 300, 200)).toBeNull();
  });
});

describe('ratiosAgainst', () => {
  it('compares every client with the baseline metric by metric', () => {
    const one = (value: number) => ({ median: value, min: value, max: value });
    const ratios = ratiosAgainst(
      {
        openai: { seqRps: one(1000), importMs: one(50) },
        modelgate: { seqRps: one(980), importMs: one(40), discoveryMs: one(9) },
      },
      'openai',
    );
    expect(ratios['openai']).toEqual({ seqRps: 1, importMs: 1 });
    expect(ratios['modelgate']!.seqRps).toBeCloseTo(1.0204, 4);
    expect(ratios['modelgate']!.importMs).toBe(0.8);
    expect(ratios['modelgate']!.discoveryMs).toBeUndefined();
  });

  it('gives no ratios when the baseline did not run', () => {
    expect(ratiosAgainst({ fetch: {} }, 'openai')).toEqual({});
  });
});
