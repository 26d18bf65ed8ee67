import type { ScenarioOutcome } from './run-scenarios';

/** One release's run: the version the proxy reported and each scenario's outcome, in the suite's order. */
export interface ReleaseRun {
  readonly version: string;
  readonly outcomes: readonly ScenarioOutcome[];
}

/**
 * The runs as a plain-text table, `scenario | <release> | <release> ...`, closed by the `N passed, N failed`
 * line that CI reads. A failure shows the first line of its reason in the table and the whole reason below it.
 * Every run has the same scenarios in the same order; a scenario a run lacks shows `-`.
 */
export function formatResultTable(runs: readonly ReleaseRun[]): string {
  const names = [...new Set(runs.flatMap((run) => run.outcomes.map((outcome) => outcome.name)))];
  const cell = (run: ReleaseRun, name: string) => {
    const outcome = run.outcomes.find((candidate) => candidate.name === name);
    if (outcome === undefined) return '-';
    return outcome.passed ? 'pass' : `FAIL: ${firstLine(outcome.reason)}`;
  };
  const rows = names.map((name) => [name, ...runs.map((run) => cell(run, name))]);
  const header = ['scenario', ...runs.map((run) => `LiteLLM ${run.version}`)];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells.map((text, column) => (column === cells.length - 1 ? text : text.padEnd(widths[column] ?? 0))).join(' | ');
  const failures = runs.flatMap((run) =>
    run.outcomes.flatMap((outcome) =>
      outcome.passed ? [] : [`\n${outcome.name} (LiteLLM ${run.version}):\n  ${outcome.reason.split('\n').join('\n  ')}`],
    ),
  );
  const all = runs.flatMap((run) => run.outcomes);
  const passed = all.filter((outcome) => outcome.passed).length;
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
    ...failures,
    '',
    `conformance: ${passed} passed, ${all.length - passed} failed`,
  ].join('\n');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
