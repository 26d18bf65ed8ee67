import { splitText } from './split-text';

/** One token's log probability as OpenAI sends it, with the most likely alternatives when asked for. */
export interface WireTokenLogprob {
  token: string;
  logprob: number;
  top_logprobs: { token: string; logprob: number }[];
}

/** As many characters per token as `estimateTokens` counts, so the token list matches the usage. */
const CHARS_PER_TOKEN = 4;

/**
 * Made-up but deterministic log probabilities of a text's tokens: the token at position `first + i` has
 * `-(i mod 5 + 1) / 10`, and its `top` alternatives are the token itself, then `<token>#1`, `<token>#2`... each
 * one less likely.
 */
export function tokenLogprobs(text: string, top: number, first = 0): WireTokenLogprob[] {
  return splitText(text, CHARS_PER_TOKEN).map((token, i) => {
    const logprob = -(((first + i) % 5) + 1) / 10;
    const alternatives = Array.from({ length: top }, (_, k) => ({ token: k === 0 ? token : `${token}#${k}`, logprob: logprob - k }));
    return { token, logprob, top_logprobs: alternatives };
  });
}
