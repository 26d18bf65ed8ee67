import { formatResultTable } from './result-table';

describe('formatResultTable', () => {
  const table = formatResultTable(
    [
      { name: 'plain chat', passed: true },
      { name: 'the cost header is exact', passed: false, reason: 'header 0.1, expected 0.2\nsecond line' },
    ],
    '1.83.14',
  );

  it('names the LiteLLM version above a scenario | result table', () => {
    expect(table.split('\n').slice(0, 5)).toEqual([
      'LiteLLM proxy 1.83.14',
      'scenario                 | result',
      '-------------------------|-------',
      'plain chat               | pass',
      'the cost header is exact | FAIL: header 0.1, expected 0.2',
    ]);
  });

  it('gives each failure its whole reason below the table', () => {
    expect(table).toContain('\nthe cost header is exact:\n  header 0.1, expected 0.2\n  second line\n');
  });

  it('ends with the passed and failed counts', () => {
    expect(table.split('\n').at(-1)).toBe('conformance: 1 passed, 1 failed');
  });
});
