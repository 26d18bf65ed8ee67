import { formatResultTable } from './result-table';

describe('formatResultTable', () => {
  const table = formatResultTable([
    {
      version: '1.83.14',
      outcomes: [
        { name: 'plain chat', passed: true },
        { name: 'the cost header is exact', passed: false, reason: 'header 0.1, expected 0.2\nsecond line' },
      ],
    },
    {
      version: '1.108.7',
      outcomes: [
        { name: 'plain chat', passed: true },
        { name: 'the cost header is exact', passed: true },
      ],
    },
  ]);

  it('shows a column per release beside each scenario', () => {
    expect(table.split('\n').slice(0, 4)).toEqual([
      'scenario                 | LiteLLM 1.83.14                | LiteLLM 1.108.7',
      '-------------------------|--------------------------------|----------------',
      'plain chat               | pass                           | pass',
      'the cost header is exact | FAIL: header 0.1, expected 0.2 | pass',
    ]);
  });

  it('gives each failure its whole reason below the table, with its release', () => {
    expect(table).toContain('\nthe cost header is exact (LiteLLM 1.83.14):\n  header 0.1, expected 0.2\n  second line\n');
  });

  it('ends with the passed and failed counts over every release', () => {
    expect(table.split('\n').at(-1)).toBe('conformance: 3 passed, 1 failed');
  });
});
