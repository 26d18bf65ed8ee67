// LangChain (`@langchain/openai` + `@langchain/core`) as its documentation shows it. Plain .mjs: the peers are
// installed for the bench only, so nothing in src/ may depend on their types.
import { HumanMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';

const add = tool(async ({ a, b }) => String(a + b), {
  name: 'add',
  description: 'Adds two integers.',
  schema: z.object({ a: z.number().int(), b: z.number().int() }),
});

/** @type {import('../src/clients/bench-client').CreateClient} */
export async function createClient({ baseUrl }) {
  const model = new ChatOpenAI({
    model: 'bench-model',
    apiKey: 'sk-bench',
    configuration: { baseURL: `${baseUrl}/v1` },
    maxRetries: 2,
    timeout: 60_000,
    streamUsage: true,
  });
  const withTools = model.bindTools([add]);
  return {
    async chat(prompt) {
      return (await model.invoke([new HumanMessage(prompt)])).content;
    },
    async stream(prompt, onDelta) {
      for await (const chunk of await model.stream([new HumanMessage(prompt)])) {
        if (typeof chunk.content === 'string' && chunk.content) onDelta(chunk.content);
      }
    },
    async toolRoundTrip(prompt) {
      const messages = [new HumanMessage(prompt)];
      const first = await withTools.invoke(messages);
      messages.push(first);
      // Invoking a tool with the model's tool call gives the ToolMessage to send back.
      for (const call of first.tool_calls ?? []) messages.push(await add.invoke(call));
      return (await withTools.invoke(messages)).content;
    },
  };
}
