import { z } from 'zod';
import { type EmbeddingRequest, EmbeddingResult } from '@modelgate/provider-contracts';

/** What one embeddings request may carry; the library's own limits are looser. */
export const EMBEDDING_LIMITS = {
  /** Texts per request: enough for a page of search snippets, small enough to answer at once. */
  inputs: 256,
  /** Characters per text. */
  inputChars: 16_000,
  dimensions: 8192,
  modelIdChars: 200,
} as const;

const Text = z.string().min(1).max(EMBEDDING_LIMITS.inputChars);

/** `POST /api/embeddings`. Strict: a field the server does not know is a 400, never passed on. */
export const EmbeddingsBody = z
  .strictObject({
    model: z.string().min(1).max(EMBEDDING_LIMITS.modelIdChars),
    input: z.union([Text, z.array(Text).min(1).max(EMBEDDING_LIMITS.inputs)]),
    dimensions: z.number().int().positive().max(EMBEDDING_LIMITS.dimensions).optional(),
  })
  .meta({ examples: [{ model: 'litellm/text-embedding-3-small', input: ['ab', 'cde'] }] });
export type EmbeddingsBody = z.infer<typeof EmbeddingsBody>;

/**
 * The answer of `POST /api/embeddings` and of the CLI's `embed --json`: one vector per input, in input
 * order, and what they cost.
 */
export const EmbeddingsAnswer = EmbeddingResult.pick({ model: true, embeddings: true, usage: true, cost: true });
export type EmbeddingsAnswer = z.infer<typeof EmbeddingsAnswer>;

export function toEmbeddingsAnswer({ model, embeddings, usage, cost }: EmbeddingResult): EmbeddingsAnswer {
  return { model, embeddings, usage, cost };
}

/** The library request for a body: the texts as given, the call aborted with `signal`. */
export function toEmbeddingRequest(body: EmbeddingsBody, signal?: AbortSignal): EmbeddingRequest {
  return { model: body.model, input: body.input, ...(body.dimensions !== undefined && { dimensions: body.dimensions }), ...(signal && { signal }) };
}
