import type { Scenario } from '../scenarios/scenario';
import { runScenarios } from './run-scenarios';

interface Context {
  readonly baseUrl: string;
}

const context: Context = { baseUrl: 'http://127.0.0.1:1' };

describe('runScenarios', () => {
  it('records a scenario that resolves as passed and one that throws as failed, with the reason', async () => {
    const scenarios: Array<Scenario<Context>> = [
      { name: 'passes', run: async () => undefined },
      { name: 'fails', run: async () => Promise.reject(new Error('cost header missing')) },
    ];

    await expect(runScenarios(scenarios, context)).resolves.toEqual([
      { name: 'passes', passed: true },
      { name: 'fails', passed: false, reason: 'cost header missing' },
    ]);
  });

  it('goes on after a failure and hands every scenario the same context', async () => {
    const seen: Context[] = [];
    const scenarios: Array<Scenario<Context>> = [
      { name: 'first', run: async () => Promise.reject(new Error('no')) },
      { name: 'second', run: async (given) => void seen.push(given) },
    ];

    const outcomes = await runScenarios(scenarios, context);

    expect(outcomes.map((outcome) => outcome.passed)).toEqual([false, true]);
    expect(seen).toEqual([context]);
  });

  it('fails a scenario that does not finish in time', async () => {
    const hanging: Scenario<Context> = { name: 'hangs', run: () => new Promise<void>(() => undefined) };

    await expect(runScenarios([hanging], context, 50)).resolves.toEqual([
      { name: 'hangs', passed: false, reason: 'did not finish within 0.05 s' },
    ]);
  });
});
