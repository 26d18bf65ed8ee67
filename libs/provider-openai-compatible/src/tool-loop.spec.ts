import {
  type ChatRequest,
  createToolset,
  defineTool,
  EMPTY_GATEWAY_METADATA,
  EMPTY_USAGE,
  type StreamEvent,
  SILENT_LOGGER,
  type ToolChoice,
} from '@modelgate/provider-contracts';
import { z } from 'zod';
import { CallScope } from './call-scope';
import { type ModelCaller } from './model-call';
import { type TurnResult } from './model-turn';
import { openAITurns } from './openai-turn';
import { type WireBody } from './request-builder';
import { SpentFailure } from './spent-failure';
import { runToolLoop } from './tool-loop';

/** A scripted model: each call takes the next turn and keeps the body it was sent. */
function scriptedModel(...script: Partial<TurnResult>[]) {
  const bodies: WireBody[] = [];
  const callModel: ModelCaller = async ({ body, turn, onFirstToken, emit }) => {
    // The loop appends to its history after a turn, so each body is kept as it was sent.
    bodies.push(structuredClone(body));
    const next = script.shift() ?? { text: 'out of script' };
    onFirstToken();
    if (next.text) emit({ type: 'text-delta', turn, delta: next.text });
    return {
      text: '',
      reasoning: '',
      toolCalls: [],
      finishReason: next.toolCalls?.length ? 'tool_calls' : 'stop',
      usage: { ...EMPTY_USAGE, inputTokens: 10, outputTokens: 2, totalTokens: 12 },
      usageCostUsd: null,
      headerCostUsd: null,
      gateway: EMPTY_GATEWAY_METADATA,
      warnings: [],
      ...next,
    };
  };
  return { callModel, bodies };
}

const executor = createToolset([defineTool({ name: 'lookup', parameters: z.object({ q: z.string() }), execute: ({ q }) => `found ${q}` })]);
const lookupTool = { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } };
const asks = (id: string, q = 'x', text = '') => ({ text, toolCalls: [{ id, name: 'lookup', arguments: JSON.stringify({ q }) }] });

async function drive(callModel: ModelCaller, overrides: Partial<ChatRequest> = {}) {
  const request: ChatRequest = { model: 'litellm/m', messages: [{ role: 'user', content: 'go' }], tools: [lookupTool], ...overrides };
  const scope = new CallScope(10_000);
  const events: StreamEvent[] = [];
  const result = runToolLoop({
    request,
    provider: 'litellm',
    pricing: { inputPerToken: null, outputPerToken: null },
    callModel: openAITurns(request, { provider: 'litellm', providerModel: 'm', modelInfo: undefined }, callModel),
    executor,
    toolConcurrency: undefined,
    scope,
    logger: SILENT_LOGGER,
    emit: (event) => events.push(event),
  });
  try {
    return { events, result: await result };
  } finally {
    scope.dispose();
  }
}

describe('runToolLoop over the OpenAI-compatible turns', () => {
  it('answers with the last turn, not the preamble of a tool turn', async () => {
    const model = scriptedModel(asks('c1', 'x', 'Let me look that up.'), { text: 'It is x.' });
    const { result } = await drive(model.callModel);
    expect(result).toMatchObject({ content: 'It is x.', turns: 2, usage: { inputTokens: 20, totalTokens: 24 } });
    expect(result.toolCalls).toEqual([expect.objectContaining({ id: 'c1', result: 'found x', turn: 1 })]);
  });

  it('sends the assistant message with its calls, then each result under its id', async () => {
    const model = scriptedModel(asks('c1', 'x', 'Looking.'), { text: 'done' });
    await drive(model.callModel);
    expect(model.bodies[1].messages).toEqual([
      { role: 'user', content: 'go' },
      { role: 'assistant', content: 'Looking.', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'found x' },
    ]);
  });

  it('emits the events of every turn and ends with finish', async () => {
    const { events, result } = await drive(scriptedModel(asks('c1'), { text: 'done' }).callModel);
    expect(events.map((e) => e.type)).toEqual([
      'turn-start',
      'usage',
      'tool-call',
      'tool-result',
      'turn-start',
      'text-delta',
      'usage',
      'finish',
    ]);
    expect(events.at(-1)).toEqual({ type: 'finish', result });
  });

  it('makes one last call with tool_choice none at the limit and runs no tools it still asks for', async () => {
    const model = scriptedModel(asks('c1'), asks('c2'), asks('c3', 'x', 'Best I can say: x.'));
    const { result } = await drive(model.callModel, { maxToolIterations: 2 });
    expect(model.bodies.map((b) => b.tool_choice)).toEqual([undefined, undefined, 'none']);
    expect(model.bodies[2].tools).toHaveLength(1);
    expect(result.toolCalls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(result.content).toBe('Best I can say: x.');
    expect(result.warnings).toEqual([{ code: 'tool-calls-not-run', turn: 3, message: expect.stringContaining('after 2 tool turns') }]);
  });

  it('warns of nothing when the loop ran as asked', async () => {
    expect((await drive(scriptedModel(asks('c1'), { text: 'done' }).callModel)).result.warnings).toEqual([]);
  });

  it('reads empty arguments as {} and says so', async () => {
    const model = scriptedModel({ toolCalls: [{ id: 'c1', name: 'lookup', arguments: '' }] }, { text: 'done' });
    const { result } = await drive(model.callModel);
    expect(result.toolCalls[0]).toMatchObject({ arguments: '', args: {} });
    expect(result.warnings).toEqual([
      { code: 'tool-call-repaired', turn: 1, message: 'The call of "lookup" (c1) came with empty arguments, read as {}' },
    ]);
  });

  it.each<[ToolChoice, string]>([
    ['required', 'required'],
    [{ type: 'tool', name: 'lookup' }, 'the tool "lookup"'],
  ])('warns that a forced tool choice (%j) was not sent when the request lists no tools', async (toolChoice, named) => {
    const model = scriptedModel({ text: 'no tools' });
    const { result } = await drive(model.callModel, { tools: undefined, toolChoice });
    expect(model.bodies[0]).not.toHaveProperty('tool_choice');
    expect(result.warnings).toEqual([{ code: 'option-dropped', turn: 1, message: `toolChoice (${named}) was not sent: the request lists no tools` }]);
  });

  it.each(['auto', 'none'] as const)('does not warn of a tool choice %s without tools, which means the same unsent', async (toolChoice) => {
    expect((await drive(scriptedModel({ text: 'no tools' }).callModel, { tools: undefined, toolChoice })).result.warnings).toEqual([]);
  });

  it('fails with tool_loop_limit after the last allowed tool turn when asked to', async () => {
    const model = scriptedModel(asks('c1'), asks('c2'), { text: 'never asked' });
    const failed = await drive(model.callModel, { maxToolIterations: 2, onToolLoopLimit: 'error' }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SpentFailure);
    expect((failed as SpentFailure).failure).toMatchObject({ code: 'tool_loop_limit' });
    expect(model.bodies).toHaveLength(2);
  });

  it('reports what both answered turns spent when the loop limit ends the call', async () => {
    const model = scriptedModel(asks('c1'), asks('c2'));
    const failed = (await drive(model.callModel, { maxToolIterations: 2, onToolLoopLimit: 'error' }).catch((error: unknown) => error)) as SpentFailure;
    expect(failed.spent.usage).toMatchObject({ inputTokens: 20, outputTokens: 4, totalTokens: 24 });
    expect(failed.spent.timing.segments.filter((s) => s.kind === 'model')).toHaveLength(2);
  });

  it('fails as it came, with nothing spent, when the first turn fails', async () => {
    const refused = new Error('refused');
    const failing: ModelCaller = () => Promise.reject(refused);
    await expect(drive(failing)).rejects.toBe(refused);
  });

  it('forces a tool on the first turn and lets the model choose after it', async () => {
    const model = scriptedModel(asks('c1'), { text: 'done' });
    await drive(model.callModel, { toolChoice: { type: 'tool', name: 'lookup' } });
    expect(model.bodies.map((b) => b.tool_choice)).toEqual([{ type: 'function', function: { name: 'lookup' } }, 'auto']);
  });

  it('parses structured output from the final answer only', async () => {
    const model = scriptedModel(asks('c1', 'x', 'Checking first.'), { text: '{"q":"x"}' });
    const { result } = await drive(model.callModel, { responseFormat: { type: 'json_object' } });
    expect(result.object).toEqual({ q: 'x' });
  });

  it('times the first token on the first turn', async () => {
    const { result } = await drive(scriptedModel({ text: 'hi' }).callModel);
    expect(result.timing.timeToFirstTokenMs).not.toBeNull();
    expect(result.timing.segments).toEqual([expect.objectContaining({ kind: 'model', name: 'litellm/m', turn: 1 })]);
  });
});
