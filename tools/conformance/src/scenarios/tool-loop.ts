import assert from 'node:assert/strict';
import { type ChatResult, createToolset } from '@modelgate/provider-contracts';
import { simulated } from '../proxy/proxy-models';
import { calculator } from './calculator';
import { collect, connect, modelId, streamedText, userSays } from './modelgate';
import type { Scenario, ScenarioContext } from './scenario';

const QUESTION = 'What is 12 * 7?';

/**
 * The tool loop through the proxy: the upstream behind `sim-gpt` (the simulator's scripted model) asks for
 * `calculator`, the toolset runs it, the result goes back through the proxy and the model answers from it.
 */
async function runLoop(context: ScenarioContext, streamed: boolean): Promise<ChatResult> {
  context.simulator.reset();
  const toolset = createToolset([calculator]);
  const gate = await connect(context, { toolExecutor: toolset });
  const request = { model: modelId(simulated.id), messages: userSays(QUESTION), tools: [...toolset.definitions()] };
  if (!streamed) return gate.execution.chat(request);
  const { events, result } = await collect(gate.execution.stream(request));
  const kinds = events.map((event) => event.type).filter((type) => type === 'tool-call' || type === 'tool-result');
  assert.deepEqual(kinds, ['tool-call', 'tool-result'], 'one tool call and its result were streamed');
  assert.equal(streamedText(events), result.content, 'the answer was streamed as text');
  return result;
}

function assertLoop(context: ScenarioContext, result: ChatResult): void {
  assert.equal(result.content, 'The result is 84.');
  assert.equal(result.turns, 2);
  assert.deepEqual(
    result.toolCalls.map(({ name, args, result: output, error, turn }) => ({ name, args, result: output, error, turn })),
    [{ name: 'calculator', args: { expression: '12 * 7' }, result: '84', error: null, turn: 1 }],
  );
  const [first, second] = context.simulator.chatRequests;
  assert.equal(context.simulator.chatRequests.length, 2, 'two model calls reached the upstream');
  assert.deepEqual(first?.tools?.map((tool) => tool.function.name), ['calculator']);
  const toolMessage = second?.messages.at(-1);
  assert.deepEqual(
    { role: toolMessage?.role, content: toolMessage?.content, id: toolMessage?.tool_call_id },
    { role: 'tool', content: '84', id: result.toolCalls[0]?.id },
  );
}

export const toolLoopScenarios: Scenario[] = [
  {
    name: 'the tool loop runs the calculator through the proxy (plain)',
    run: async (context) => assertLoop(context, await runLoop(context, false)),
  },
  {
    name: 'the tool loop runs the calculator through the proxy (streaming)',
    run: async (context) => assertLoop(context, await runLoop(context, true)),
  },
];
