import { runChat } from '../load/chat-client';
import { judge, tally, type ChatOutcome, type Tally } from '../load/chat-outcome';
import { scaleModels } from '../stack/proxy-config';
import { type Stack } from '../stack/stack';
import { question } from '../stack/upstream';

export interface Batch {
  readonly outcomes: readonly ChatOutcome[];
  readonly tally: Tally;
  /** Chats per app instance name, from the balancer's header. */
  readonly perApp: Map<string, number>;
  readonly seconds: number;
}

export interface BatchOptions {
  readonly count: number;
  /** Numbers the questions, so that every chat of a run has an answer of its own. */
  readonly first: number;
}

/** `count` streamed tool chats at once through the front balancer; each is judged against its own answer. */
export async function streamedChats(stack: Stack, options: BatchOptions): Promise<Batch> {
  const began = performance.now();
  const chats = Array.from({ length: options.count }, (_, offset) => question(options.first + offset));
  const outcomes = await Promise.all(
    chats.map((chat) =>
      runChat({
        frontUrl: stack.frontUrl,
        model: scaleModels.open,
        question: chat.question,
        stream: true,
        tools: ['calculator'],
        timeoutMs: 170_000,
      }),
    ),
  );
  const perApp = new Map(stack.apps.map((app) => [app.name, 0]));
  for (const outcome of outcomes) {
    const name = outcome.app === undefined ? undefined : stack.names.get(outcome.app);
    if (name !== undefined) perApp.set(name, (perApp.get(name) ?? 0) + 1);
  }
  return {
    outcomes,
    tally: tally(outcomes.map((outcome, index) => judge(outcome, chats[index]?.answer ?? ''))),
    perApp,
    seconds: (performance.now() - began) / 1000,
  };
}

/** `1000 completed, 0 failed, 0 duplicated, 0 lost`. */
export function describeTally(counts: Tally): string {
  return `${counts.completed} completed, ${counts.failed} failed, ${counts.duplicated} duplicated, ${counts.lost} lost`;
}

/** The ProviderError codes the failed chats ended with, `upstream x3`. */
export function failureCodes(outcomes: readonly ChatOutcome[]): string {
  const codes = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.end === 'error') codes.set(outcome.code ?? '?', (codes.get(outcome.code ?? '?') ?? 0) + 1);
  }
  return [...codes].map(([code, count]) => `${code} x${count}`).join(', ') || 'none';
}
