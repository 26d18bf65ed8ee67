import assert from 'node:assert/strict';
import { createToolset, responseFormatFromZod } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { mockChat, simulated } from '../proxy/proxy-models';
import { calculator } from './calculator';
import { collect, connect, connectDiscovered, failure, modelId, userSays } from './modelgate';
import { isNewerRelease } from './release';
import type { Scenario } from './scenario';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PDF_BASE64 = 'JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9G';
const within = (actual: number | null, expected: number) =>
  actual !== null && Math.abs(actual - expected) <= expected * 1e-9;

export const wireDetailScenarios: Scenario[] = [
  {
    name: 'a call without a key is unauthorized for discovery (with its HTTP status) and chat, and not retried (1.108: 500 text/plain)',
    run: async (context) => {
      const gate = await connect(context, { apiKey: null, maxRetries: 2 });
      const [report] = await gate.discovery.refresh();
      assert.deepEqual({ status: report?.status, code: report?.error?.code, httpStatus: report?.error?.status }, { status: 'unauthorized', code: 'unauthorized', httpStatus: 401 });
      const started = performance.now();
      const error = await failure(gate.execution.chat({ model: modelId(mockChat.id), messages: userSays('hello') }));
      assert.deepEqual({ code: error.code, retryable: error.retryable }, { code: 'unauthorized', retryable: false });
      // Two SDK retries of a "500" would back off for at least 0.75 s.
      assert.ok(performance.now() - started < 700, 'answered without retries');
    },
  },
  {
    name: 'an image by URL and in base64 and a PDF part reach the upstream behind the proxy',
    run: async (context) => {
      context.simulator.reset();
      const gate = await connect(context);
      const url = 'https://example.com/cat.png';
      await gate.execution.chat({
        model: modelId(simulated.id),
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Describe these.' },
              { type: 'image', source: { kind: 'url', url } },
              { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: PNG_BASE64 } },
              { type: 'file', source: { kind: 'base64', mediaType: 'application/pdf', data: PDF_BASE64 }, mediaType: 'application/pdf', filename: 'a.pdf' },
            ],
          },
        ],
      });
      const content = context.simulator.chatRequests.at(-1)?.messages.at(-1)?.content;
      assert.ok(Array.isArray(content), 'the parts reach the upstream as a list');
      const images = content.flatMap((part) => (part.type === 'image_url' ? [(part as { image_url: { url: string } }).image_url.url] : []));
      assert.deepEqual(images, [url, `data:image/png;base64,${PNG_BASE64}`]);
      const file = content.find((part) => part.type === 'file') as { file?: { file_data?: string } } | undefined;
      assert.equal(file?.file?.file_data, `data:application/pdf;base64,${PDF_BASE64}`);
    },
  },
  {
    name: 'structured output together with tools: the tool runs, then the answer comes back validated',
    run: async (context) => {
      context.simulator.reset();
      const Answer = z.object({ result: z.number() });
      context.simulator.enqueue(simulated.id, { toolCalls: [{ name: 'calculator', arguments: { expression: '6 * 7' } }] }, { text: '{"result":42}' });
      const toolset = createToolset([calculator]);
      const gate = await connect(context, { toolExecutor: toolset });
      const result = await gate.execution.chat({
        model: modelId(simulated.id),
        messages: userSays('What is 6 * 7? Answer as JSON.'),
        tools: [...toolset.definitions()],
        responseFormat: responseFormatFromZod('answer', Answer),
      });
      assert.deepEqual(result.object, { result: 42 });
      assert.deepEqual(result.toolCalls.map((call) => call.result), ['42']);
      const requests = context.simulator.chatRequests;
      assert.equal(requests.length, 2);
      for (const request of requests) {
        assert.equal(request.response_format?.type, 'json_schema');
        assert.deepEqual(request.tools?.map((tool) => tool.function.name), ['calculator']);
      }
    },
  },
  {
    name: 'the cost of a plain and of a streamed call is the prices times the tokens, from what each release sends',
    run: async (context) => {
      context.simulator.reset();
      const gate = await connectDiscovered(context);
      const request = { model: modelId(simulated.id), messages: userSays('Say something priced.') };
      const plain = await gate.execution.chat(request);
      const { result: streamed } = await collect(gate.execution.stream(request));
      for (const [result, source] of [
        [plain, 'gateway-header'],
        // 1.108 puts the cost in the stream's usage chunk; 1.83 sends none, so the discovered prices are used.
        [streamed, isNewerRelease(context.proxyVersion) ? 'usage-field' : 'price-table'],
      ] as const) {
        const { inputTokens, outputTokens } = result.usage;
        assert.ok(inputTokens !== null && outputTokens !== null, 'tokens reported');
        const expected = inputTokens * simulated.inputCostPerToken + outputTokens * simulated.outputCostPerToken;
        assert.equal(result.cost.source, source);
        assert.ok(within(result.cost.usd, expected), `cost ${result.cost.usd}, expected ${expected} (${source})`);
      }
    },
  },
];
