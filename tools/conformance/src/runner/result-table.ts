import type { ScenarioOutcome } from './run-scenarios';

/**
 * The run as a plain-text table, `scenario | result`, headed by the LiteLLM version and closed by the
 * `N passed, N failed` line that CI reads. A failure shows the first line of its reason in the table and
 * the whole reason below it.
 */
export function formatResultTable(outcomes: readonly ScenarioOutcome[], proxyVersion: string): string {
  const rows = outcomes.map((outcome): [string, string] => [
    outcome.name,
    outcome.passed ? 'pass' : `FAIL: ${firstLine(outcome.reason)}`,
  ]);
  const width = Math.max('scenario'.length, ...rows.map(([name]) => name.length));
  const line = (name: string, result: string) => `${name.padEnd(width)} | ${result}`;
  const failures = outcomes.flatMap((outcome) =>
    outcome.passed ? [] : [`\n${outcome.name}:\n  ${outcome.reason.split('\n').join('\n  ')}`],
  );
  const passed = outcomes.filter((outcome) => outcome.passed).length;
  return [
    `LiteLLM proxy ${proxyVersion}`,
    line('scenario', 'result'),
    `${'-'.repeat(width)}-|-${'-'.repeat(6)}`,
    ...rows.map(([name, result]) => line(name, result)),
    ...failures,
    '',
    `conformance: ${passed} passed, ${outcomes.length - passed} failed`,
  ].join('\n');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
