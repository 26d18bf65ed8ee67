import type { Scenario } from '../scenarios/scenario';

export type ScenarioOutcome =
  | { readonly name: string; readonly passed: true }
  | { readonly name: string; readonly passed: false; readonly reason: string };

/**
 * Runs the scenarios one after the other (they share one proxy, and some read its global state) and records
 * each outcome; a scenario that throws, or outlives `timeoutMs`, fails without stopping the others.
 */
export async function runScenarios<Context>(
  scenarios: ReadonlyArray<Scenario<Context>>,
  context: Context,
  timeoutMs = 60_000,
): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    try {
      await withTimeout(scenario.run(context), timeoutMs);
      outcomes.push({ name: scenario.name, passed: true });
    } catch (error) {
      outcomes.push({ name: scenario.name, passed: false, reason: describe(error) });
    }
  }
  return outcomes;
}

async function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
