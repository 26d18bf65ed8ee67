/** A run of consecutive inputs sent in one request: `start` inclusive, `end` exclusive. */
export interface Batch {
  /** From 1, in input order. */
  number: number;
  start: number;
  end: number;
}

export interface BatchLimits {
  /** Inputs per request at most. */
  maxInputs: number;
  /** Estimated tokens per request at most; `null` for no limit beyond `maxInputs`. */
  maxTokens: number | null;
}

/**
 * An estimate of a text's tokens without a tokenizer: one per three UTF-16 units, rounded up, plus one.
 * English runs at about four characters a token, so this over-counts, and an over-count only makes batches
 * smaller than they could be, never too large for the model.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3) + 1;
}

/**
 * Splits the inputs into consecutive batches within the limits, in order. A text whose estimate alone is over
 * the token limit goes in a batch of its own: the gateway, not the estimate, decides whether it fits.
 */
export function planBatches(texts: readonly string[], limits: BatchLimits): Batch[] {
  const batches: Batch[] = [];
  let start = 0;
  let tokens = 0;
  for (let index = 0; index < texts.length; index++) {
    const cost = limits.maxTokens === null ? 0 : estimateTokens(texts[index] ?? '');
    const full = index - start >= limits.maxInputs || (limits.maxTokens !== null && tokens + cost > limits.maxTokens);
    if (full && index > start) {
      batches.push({ number: batches.length + 1, start, end: index });
      start = index;
      tokens = 0;
    }
    tokens += cost;
  }
  if (texts.length > start) batches.push({ number: batches.length + 1, start, end: texts.length });
  return batches;
}
