import { z } from 'zod';

/** A candidate token at one position of the answer. */
export const TokenCandidate = z.object({
  token: z.string(),
  /** Natural log of the token's probability (0 is certain). */
  logprob: z.number(),
});
export type TokenCandidate = z.infer<typeof TokenCandidate>;

/** One token of the answer, as asked for with `logprobs: true`. */
export const TokenLogprob = TokenCandidate.extend({
  /** The most likely tokens at this position, best first, when `topLogprobs` asked for them. */
  topLogprobs: z.array(TokenCandidate),
});
export type TokenLogprob = z.infer<typeof TokenLogprob>;
