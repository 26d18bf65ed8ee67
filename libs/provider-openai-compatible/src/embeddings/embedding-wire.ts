import { z } from 'zod';
import { WireUsage } from '../wire-schemas';

/**
 * `POST /v1/embeddings` as OpenAI-compatible servers answer it. `embedding` is a list of floats, or a base64
 * string of little-endian float32s when base64 was asked for (a server may answer floats anyway).
 */
export const WireEmbeddingResponse = z.looseObject({
  data: z.array(
    z.looseObject({
      index: z.number().int().nonnegative().nullish(),
      embedding: z.union([z.array(z.number()), z.string()]),
    }),
  ),
  model: z.string().nullish(),
  usage: WireUsage.nullish(),
});
export type WireEmbeddingResponse = z.infer<typeof WireEmbeddingResponse>;

/** A vector as the wire sent it, as numbers; `null` for base64 that is not a whole number of float32s. */
export function decodeVector(embedding: readonly number[] | string): number[] | null {
  if (typeof embedding !== 'string') return embedding as number[];
  const bytes = Buffer.from(embedding, 'base64');
  if (bytes.length % 4 !== 0) return null;
  // A float32 view needs a 4-byte aligned offset; pooled buffers usually have one, a copy gives one otherwise.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return Array.from(new Float32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4));
}
