/**
 * The conversation every client has with the upstream, and what a correct client must answer. The upstream
 * derives its replies from the same rules, so a client that drops, reorders or invents text is caught.
 */

/** The model name the upstream serves (modelgate asks for `litellm/<it>`). */
export const MODEL = 'bench-model';

/** The embedding model the upstream answers, its vector length, and how the embed workload batches. */
export const EMBEDDING_MODEL = 'bench-embedding';
export const EMBEDDING_DIMENSIONS = 256;
export const EMBEDDING_BATCH = 2048;
export const EMBEDDING_CONCURRENCY = 4;
/** The n-th short text; the upstream answers it with a vector whose first value is n, so order is checkable. */
export const embeddingText = (n: number): string => `passage ${n} of the knowledge base`;

export const plainPrompt = (n: number): string => `ping ${n}`;
export const plainAnswer = (n: number): string => `pong ${n}`;

export const streamPrompt = (chunks: number): string => `stream ${chunks}`;

/** Short, varied deltas (like real tokens) so the text a client must keep stays small next to its own cost. */
export const streamDelta = (index: number): string => `w${index % 1000} `;

/** Joined, not concatenated: a flat string from the start, so the heap check never sees a rope collapse. */
export function expectedStreamText(chunks: number): string {
  return Array.from({ length: chunks }, (_, i) => streamDelta(i)).join('');
}

/** The tool round trip: the model asks for `add(17, 25)`, the client runs it, the model reports the sum. */
export const TOOL = {
  name: 'add',
  description: 'Adds two integers.',
  arguments: { a: 17, b: 25 },
  prompt: 'What is 17 plus 25? Use the add tool.',
} as const;

export const toolAnswer = (result: string): string => `The sum is ${result}.`;
export const EXPECTED_TOOL_ANSWER = toolAnswer(String(TOOL.arguments.a + TOOL.arguments.b));

/** Clients serialise a tool's string result differently (`42`, `"42"`): the integer in it is what counts. */
export function integerIn(toolContent: string): string | null {
  return /-?\d+/.exec(toolContent)?.[0] ?? null;
}

export class WrongAnswer extends Error {
  override readonly name = 'WrongAnswer';
}

/** Throws `WrongAnswer` naming the workload and the first differing position, never the whole text. */
export function checkAnswer(workload: string, actual: unknown, expected: string): void {
  if (actual === expected) return;
  if (typeof actual !== 'string') throw new WrongAnswer(`${workload}: expected text, got ${typeof actual}`);
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const got = JSON.stringify(actual.slice(at, at + 20));
  const want = JSON.stringify(expected.slice(at, at + 20));
  throw new WrongAnswer(
    `${workload}: answer differs at character ${at} of ${expected.length} (got ${got}, expected ${want}, length ${actual.length})`,
  );
}

/**
 * Checks a stream delta by delta against the expected text without keeping the deltas, so the check itself
 * adds nothing to the heap of a 100,000-chunk stream.
 */
export class StreamCheck {
  private position = 0;

  constructor(
    private readonly workload: string,
    private readonly expected: string,
  ) {}

  get received(): number {
    return this.position;
  }

  get complete(): boolean {
    return this.position === this.expected.length;
  }

  push(delta: string): void {
    if (!this.expected.startsWith(delta, this.position)) {
      checkAnswer(this.workload, this.expected.slice(0, this.position) + delta, this.expected.slice(0, this.position + delta.length));
    }
    this.position += delta.length;
  }

  finish(): void {
    if (!this.complete) {
      throw new WrongAnswer(`${this.workload}: stream ended after ${this.position} of ${this.expected.length} characters`);
    }
  }
}
