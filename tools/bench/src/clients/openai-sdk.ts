import OpenAI from 'openai';
import { MODEL, TOOL } from '../shared/answers';
import { BENCH_API_KEY, type BenchClient, type CreateClient } from './bench-client';

const tools: OpenAI.Chat.ChatCompletionFunctionTool[] = [
  {
    type: 'function',
    function: {
      name: TOOL.name,
      description: TOOL.description,
      parameters: { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } }, required: ['a', 'b'] },
    },
  },
];

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
    async toolRoundTrip(prompt) {
      const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: prompt }];
      const first = (await openai.chat.completions.create({ model: MODEL, messages, tools })).choices[0].message;
      messages.push(first);
      for (const call of first.tool_calls ?? []) {
        if (call.type !== 'function') continue;
        const { a, b } = JSON.parse(call.function.arguments) as { a: number; b: number };
        messages.push({ role: 'tool', tool_call_id: call.id, content: String(a + b) });
      }
      return (await openai.chat.completions.create({ model: MODEL, messages, tools })).choices[0].message.content ?? '';
    },
  };
  return client;
};
