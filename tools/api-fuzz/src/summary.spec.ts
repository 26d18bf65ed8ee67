import { readSummary } from './summary';

describe('readSummary', () => {
  it('reads a run that found nothing', () => {
    const output = 'API Operations:\n  Selected: 7/7\n  Tested: 7\n\nTest cases:\n  4525 generated, 4525 passed, 6 skipped\n';
    expect(readSummary(output)).toEqual({ operations: 7, cases: 4525, failures: 0 });
  });

  it('reads the unique failures of a run that found some', () => {
    const output = '  Tested: 6\nTest cases:\n  7630 generated, 9 found 9 unique failures, 6 skipped\n';
    expect(readSummary(output)).toEqual({ operations: 6, cases: 7630, failures: 9 });
  });

  it('reads one failure', () => {
    expect(readSummary('  Tested: 1\n  12 generated, 1 found 1 unique failure\n')).toEqual({ operations: 1, cases: 12, failures: 1 });
  });

  it('is null when the run stopped before its summary', () => {
    expect(readSummary('Error: schema could not be loaded\n')).toBeNull();
  });
});
