import { type Stack } from '../stack/stack';

/** What a scenario found: passed or not, its figures in one line, and the chats it ran for the summary. */
export interface ScenarioResult {
  readonly name: string;
  readonly passed: boolean;
  readonly figures: string;
  readonly chats?: ChatFigures;
}

/** Counts for the summary line, summed over the scenarios that run streamed chats. */
export interface ChatFigures {
  readonly chats: number;
  readonly failed: number;
  readonly lost: number;
}

export interface Scenario {
  readonly name: string;
  run(stack: Stack): Promise<ScenarioResult>;
}

/** `name a/b` in the order of the instances, for figures and the summary line. */
export function split(counts: ReadonlyMap<string, number>, names: readonly string[]): string {
  return names.map((name) => counts.get(name) ?? 0).join('/');
}
