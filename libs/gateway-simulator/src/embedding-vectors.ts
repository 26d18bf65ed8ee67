import { createHash } from 'node:crypto';

/**
 * A unit vector of `dimensions` floats that depends only on the text: the same text always gives the same
 * vector, different texts different ones. xorshift32 seeded from the text's SHA-256; values rounded to
 * float32, so a vector sent as base64 decodes to exactly the numbers sent as JSON.
 */
export function embeddingFor(text: string, dimensions: number): number[] {
  let state = createHash('sha256').update(text).digest().readUInt32LE(0) || 1;
  const vector = new Array<number>(dimensions);
  let norm = 0;
  for (let index = 0; index < dimensions; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const value = state / 0x8000_0000 - 1;
    vector[index] = value;
    norm += value * value;
  }
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  for (let index = 0; index < dimensions; index++) vector[index] = Math.fround((vector[index] ?? 0) * scale);
  return vector;
}

/** A vector as OpenAI's `encoding_format: "base64"` sends it: little-endian float32s, base64. */
export function base64Vector(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (const [index, value] of vector.entries()) bytes.writeFloatLE(value, index * 4);
  return bytes.toString('base64');
}
