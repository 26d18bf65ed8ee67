// The Vercel AI SDK (`ai` + `@ai-sdk/openai-compatible`) as its documentation shows it. Plain .mjs: the peers
// are installed for the bench only, so nothing in src/ may depend on their types.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';

// The SDK prints warnings to the console by default; the bench's output is its table.
globalThis.AI_SDK_LOG_WARNINGS = false;

const MODEL = 'bench-model';

/** @type {import('../src/clients/bench-client').CreateClient} */
export async function createClient({ baseUrl }) {
  const provider = createOpenAICompatible({ name: 'litellm', baseURL: `${baseUrl}/v1`, apiKey: 'sk-bench', includeUsage: true });
  const model = provider.chatModel(MODEL);
  const tools = {
    add: tool({
      description: 'Adds two integers.',
      inputSchema: z.object({ a: z.number().int(), b: z.number().int() }),
      execute: async ({ a, b }) => String(a + b),
    }),
  };
  return {
    async chat(prompt) {
      return (await generateText({ model, prompt, maxRetries: 2 })).text;
    },
    async stream(prompt, onDelta) {
      let failure = null;
      // streamText reports errors to onError and ends the stream; the answer check would call that a short
      // stream, so the error itself is raised instead.
      const result = streamText({ model, prompt, maxRetries: 2, onError: ({ error }) => (failure = error) });
      for await (const delta of result.textStream) onDelta(delta);
      if (failure) throw failure;
    },
    async toolRoundTrip(prompt) {
      return (await generateText({ model, prompt, tools, stopWhen: stepCountIs(2), maxRetries: 2 })).text;
    },
  };
}
