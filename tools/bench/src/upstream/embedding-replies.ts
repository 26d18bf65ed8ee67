/** What the bench upstream answers to `POST /v1/embeddings`. */
export interface EmbeddingWireRequest {
  model?: string;
  input?: unknown;
  encoding_format?: string;
}

const TOKENS_PER_TEXT = 8;

/** The vector of a text: its number first (`passage 17 ...` -> 17), then a fixed pattern, as float32s. */
function vectorOf(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  vector[0] = Number(/\d+/.exec(text)?.[0] ?? -1);
  for (let index = 1; index < dimensions; index++) vector[index] = (index % 17) / 17;
  return vector;
}

/**
 * One vector per input, as base64 of little-endian float32s when asked for (what both the openai SDK and
 * modelgate ask for), else as JSON numbers; usage eight tokens a text.
 */
export function embeddingReply(request: EmbeddingWireRequest, dimensions: number): { status: number; body: string } {
  const inputs = Array.isArray(request.input) ? request.input : [request.input];
  if (inputs.length === 0 || inputs.some((input) => typeof input !== 'string')) {
    return { status: 400, body: JSON.stringify({ error: { message: 'input must be a string or a list of strings', code: '400' } }) };
  }
  const base64 = request.encoding_format === 'base64';
  const data = (inputs as string[]).map((text, index) => {
    const vector = vectorOf(text, dimensions);
    const embedding = base64 ? Buffer.from(vector.buffer).toString('base64') : Array.from(vector);
    return { object: 'embedding', index, embedding };
  });
  const tokens = inputs.length * TOKENS_PER_TEXT;
  return { status: 200, body: JSON.stringify({ object: 'list', data, model: request.model, usage: { prompt_tokens: tokens, total_tokens: tokens } }) };
}
