import { MODEL, TOOL } from '../shared/answers';
import { BENCH_API_KEY, type BenchClient, type CreateClient } from './bench-client';

interface Completion {
  choices: { message: { content: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[] } }[];
}

const tools = [
  {
    type: 'function',
    function: {
      name: TOOL.name,
      description: TOOL.description,
      parameters: { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } }, required: ['a', 'b'] },
    },
  },
];

/** Yields the `data:` payload of each SSE frame; the least a correct client must do. */
async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    let start = 0;
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n', start)) {
      const frame = buffer.slice(start, end);
      start = end + 2;
      if (frame.startsWith('data: ')) yield frame.slice(6);
    }
    buffer = buffer.slice(start);
  }
}

/** The floor: `fetch`, `JSON.stringify`, `JSON.parse` and a minimal SSE split, nothing else. */
export const createClient: CreateClient = async ({ baseUrl }) => {
  const url = `${baseUrl}/v1/chat/completions`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` };

  async function post(body: object): Promise<Response> {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    return response;
  }
  const complete = async (body: object): Promise<Completion> => (await (await post(body)).json()) as Completion;

  const client: BenchClient = {
    async chat(prompt) {
      const data = await complete({ model: MODEL, messages: [{ role: 'user', content: prompt }] });
      return data.choices[0].message.content ?? '';
    },
    async stream(prompt, onDelta) {
      const body = { model: MODEL, messages: [{ role: 'user', content: prompt }], stream: true, stream_options: { include_usage: true } };
      const response = await post(body);
      if (!response.body) throw new Error('The stream has no body');
      for await (const data of sseData(response.body)) {
        if (data === '[DONE]') break;
        const delta = (JSON.parse(data) as { choices: { delta?: { content?: string } }[] }).choices[0]?.delta?.content;
        if (delta) onDelta(delta);
      }
    },
    async toolRoundTrip(prompt) {
      const messages: object[] = [{ role: 'user', content: prompt }];
      const first = (await complete({ model: MODEL, messages, tools })).choices[0].message;
      messages.push(first);
      for (const call of first.tool_calls ?? []) {
        const { a, b } = JSON.parse(call.function.arguments) as { a: number; b: number };
        messages.push({ role: 'tool', tool_call_id: call.id, content: String(a + b) });
      }
      return (await complete({ model: MODEL, messages, tools })).choices[0].message.content ?? '';
    },
  };
  return client;
};
