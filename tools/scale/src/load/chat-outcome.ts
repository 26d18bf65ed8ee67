/** What one chat through the balancer came to, as the client saw it. */
export interface ChatOutcome {
  /** The app instance that answered (`host:port`), from the balancer's header. */
  readonly app: string | undefined;
  readonly status: number;
  /** Every text delta, joined. */
  readonly text: string;
  /** `finish`: the stream ended as it should; `error`: a typed error event or body; `cut`: neither. */
  readonly end: 'finish' | 'error' | 'cut';
  /** The ProviderError code of an `error` end. */
  readonly code?: string;
}

export type Verdict = 'completed' | 'failed' | 'duplicated' | 'lost';

/**
 * - completed: finished with exactly the expected text;
 * - failed: a typed error, with no text or part of the expected text (a stream cut after it yielded, which
 *   must surface as an error and never be restarted);
 * - duplicated: more text than the answer, or text that is not the answer's beginning: a stream restarted
 *   after it yielded;
 * - lost: no typed end at all, or a finish with the wrong text.
 */
export function judge(outcome: ChatOutcome, expected: string): Verdict {
  if (!expected.startsWith(outcome.text)) return 'duplicated';
  if (outcome.end === 'finish') return outcome.text === expected ? 'completed' : 'lost';
  if (outcome.end === 'error' && outcome.code !== undefined) return 'failed';
  return 'lost';
}

export type Tally = Record<Verdict, number>;

export function tally(verdicts: readonly Verdict[]): Tally {
  const counts: Tally = { completed: 0, failed: 0, duplicated: 0, lost: 0 };
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
