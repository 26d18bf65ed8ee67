import assert from 'node:assert/strict';
import { createToolset, type StreamEvent } from '@modelgate/provider-contracts';
import { reasoner, simulated } from '../proxy/proxy-models';
import { calculator } from './calculator';
import { collect, connect, connectDiscovered, failure, modelId, streamFailure, userSays } from './modelgate';
import { isNewerRelease } from './release';
import type { Scenario } from './scenario';

const kinds = (events: readonly StreamEvent[], ...wanted: StreamEvent['type'][]) =>
  events.filter((event) => wanted.includes(event.type)).map((event) => `${event.type}@${'turn' in event ? event.turn : '-'}`);

export const upstreamScenarios: Scenario[] = [
  {
    name: 'an upstream 429 with Retry-After is rate_limited, and the retry waits as told (1.108: llm_provider-retry-after)',
    run: async (context) => {
      context.simulator.reset();
      context.simulator.enqueue(simulated.id, { fault: 'rate-limit', retryAfterSeconds: 1 });
      const request = { model: modelId(simulated.id), messages: userSays('hello') };
      const limited = await failure((await connect(context)).execution.chat(request));
      assert.deepEqual({ code: limited.code, status: limited.status, retryable: limited.retryable }, { code: 'rate_limited', status: 429, retryable: true });
      // 1.83.14 passes the upstream's wait on in no header at all; 1.108.7 as llm_provider-retry-after.
      if (isNewerRelease(context.proxyVersion)) assert.equal(limited.retryAfterMs, 1000);

      context.simulator.enqueue(simulated.id, { fault: 'rate-limit', retryAfterSeconds: 1 }, { text: 'after the wait' });
      const started = performance.now();
      const result = await (await connect(context, { maxRetries: 1 })).execution.chat(request);
      const waited = performance.now() - started;
      assert.equal(result.content, 'after the wait');
      // The SDK's own first backoff is at most 0.5 s: 1 s or more is the upstream's wait obeyed.
      if (isNewerRelease(context.proxyVersion)) assert.ok(waited >= 950, `retried after ${waited.toFixed(0)} ms, not 1 s`);
    },
  },
  {
    name: 'an upstream that stalls mid-stream fails as a typed timeout within the call timeout, after the text so far',
    run: async (context) => {
      context.simulator.reset();
      context.simulator.enqueue(simulated.id, { fault: 'stall-body', afterChunks: 1 });
      const gate = await connect(context);
      const started = performance.now();
      const { events, error } = await streamFailure(
        gate.execution.stream({ model: modelId(simulated.id), messages: userSays('Tell me a long story.'), timeoutMs: 1_500 }),
      );
      const took = performance.now() - started;
      assert.deepEqual({ code: error.code, retryable: error.retryable }, { code: 'timeout', retryable: true });
      assert.ok(took < 1_500 + 3_000, `failed after ${took.toFixed(0)} ms`);
      assert.ok(events.some((event) => event.type === 'text-delta'), 'the text before the stall was streamed');
    },
  },
  {
    name: 'reasoningEffort reaches the upstream and reasoning_content deltas come out as reasoning events',
    run: async (context) => {
      context.simulator.reset();
      // Behind the real proxy the upstream hears `sim-gpt`; the simulated proxy answers `sim-reasoner` itself.
      context.simulator.enqueue(reasoner.id, { reasoning: 'Twelve sevens are eighty-four.', text: 'It is 84.' });
      context.simulator.enqueue(simulated.id, { reasoning: 'Twelve sevens are eighty-four.', text: 'It is 84.' });
      const gate = await connectDiscovered(context);
      const { events, result } = await collect(
        gate.execution.stream({ model: modelId(reasoner.id), messages: userSays('What is 12 * 7?'), reasoningEffort: 'low' }),
      );
      assert.equal(context.simulator.chatRequests.at(-1)?.reasoning_effort, 'low');
      const reasoning = events.flatMap((event) => (event.type === 'reasoning-delta' ? [event.delta] : [])).join('');
      assert.equal(reasoning, 'Twelve sevens are eighty-four.');
      assert.equal(result.content, 'It is 84.');
    },
  },
  {
    name: 'two parallel tool calls in one streamed turn both run, both results go back, and the next turn answers',
    run: async (context) => {
      context.simulator.reset();
      const calls = [
        { name: 'calculator', arguments: { expression: '2 + 3' } },
        { name: 'calculator', arguments: { expression: '4 * 5' } },
      ];
      context.simulator.enqueue(simulated.id, { toolCalls: calls }, { text: 'They are 5 and 20.' });
      const toolset = createToolset([calculator]);
      const gate = await connect(context, { toolExecutor: toolset });
      const { events, result } = await collect(
        gate.execution.stream({ model: modelId(simulated.id), messages: userSays('2 + 3 and 4 * 5?'), tools: [...toolset.definitions()] }),
      );
      assert.equal(result.content, 'They are 5 and 20.');
      assert.deepEqual(result.toolCalls.map((call) => [call.args, call.result, call.turn]), [
        [{ expression: '2 + 3' }, '5', 1],
        [{ expression: '4 * 5' }, '20', 1],
      ]);
      assert.deepEqual(kinds(events, 'tool-call', 'tool-result').sort(), ['tool-call@1', 'tool-call@1', 'tool-result@1', 'tool-result@1']);
      assert.ok(kinds(events, 'text-delta').every((kind) => kind === 'text-delta@2'), 'the answer came in turn 2');
      const second = context.simulator.chatRequests.at(-1);
      const toolMessages = second?.messages.filter((message) => message.role === 'tool') ?? [];
      assert.deepEqual(toolMessages.map((message) => message.content), ['5', '20']);
    },
  },
];
