/** The figures of one schemathesis run, read from its closing summary. */
export interface RunFigures {
  readonly operations: number;
  readonly cases: number;
  readonly failures: number;
}

/**
 * Reads `Tested: N` and `N generated, N passed` (or `..., N found N unique failures`) from schemathesis'
 * summary; null when the output has no summary (the run did not get that far).
 */
export function readSummary(output: string): RunFigures | null {
  const tested = /^\s*Tested: (\d+)/m.exec(output);
  const cases = /^\s*(\d+) generated, (?:\d+ passed|\d+ found (\d+) unique failures?)/m.exec(output);
  if (tested === null || cases === null) return null;
  return { operations: Number(tested[1]), cases: Number(cases[1]), failures: Number(cases[2] ?? 0) };
}
