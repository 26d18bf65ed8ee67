import OpenAI from 'openai';
import { EMBEDDING_BATCH, EMBEDDING_CONCURRENCY, EMBEDDING_MODEL, MODEL, TOOL } from '../shared/answers';
import { BENCH_API_KEY, type BenchClient, type CreateClient } from './bench-client';

const PARAMETERS = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } }, required: ['a', 'b'] };

/** The official SDK as its README shows it: the same SDK, version and settings modelgate wraps. */
export const createClient: CreateClient = async ({ baseUrl }) => {
  const openai = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: BENCH_API_KEY, maxRetries: 2, timeout: 60_000 });

  const client: BenchClient = {
    async chat(prompt) {
      const completion = await openai.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: prompt }] });
      return completion.choices[0].message.content ?? '';
    },
    async stream(prompt, onDelta) {
      const stream = await openai.chat.completions.create({
        model: MODEL,
        messages: [{ role: 'user', content: prompt }],
        stream: true,
        stream_options: { include_usage: true },
      });
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) onDelta(delta);
      }
    },
    // The SDK's own tool loop (`runTools`), the baseline the tool round trip is judged against.
    async toolRoundTrip(prompt) {
      const runner = openai.chat.completions.runTools({
        model: MODEL,
        messages: [{ role: 'user', content: prompt }],
        tools: [
          {
            type: 'function',
            function: {
              name: TOOL.name,
              description: TOOL.description,
              parameters: PARAMETERS,
              parse: (text: string) => JSON.parse(text) as { a: number; b: number },
              function: ({ a, b }: { a: number; b: number }) => String(a + b),
            },
          },
        ],
      });
      return (await runner.finalContent()) ?? '';
    },
    // The SDK takes one request's worth of texts: the batching, the concurrency and the order are the caller's.
    async embed(texts) {
      const vectors: number[][] = new Array<number[]>(texts.length);
      let next = 0;
      const lane = async () => {
        while (next < texts.length) {
          const start = next;
          next += EMBEDDING_BATCH;
          const input = texts.slice(start, start + EMBEDDING_BATCH);
          const answer = await openai.embeddings.create({ model: EMBEDDING_MODEL, input });
          for (const item of answer.data) vectors[start + item.index] = item.embedding;
        }
      };
      await Promise.all(Array.from({ length: EMBEDDING_CONCURRENCY }, lane));
      return vectors;
    },
  };
  return client;
};
