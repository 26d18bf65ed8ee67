// The seam's proof: a provider written here over the model-turn contract alone, with no openai SDK and no
// wire format, runs the engine's tool loop, tool runner, streaming, usage, cost and timing.
import {
  ProviderError,
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  createToolset,
  defineTool,
  EMPTY_GATEWAY_METADATA,
  type ModelPricing,
  type Provider,
  SILENT_LOGGER,
  type StreamEvent,
} from '@modelgate/provider-contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CallScope } from './call-scope';
import { type Backpressure, EventStream } from './chat-stream';
import { type ModelTurn } from './model-turn';
import { runToolLoop } from './tool-loop';

const PRICING: ModelPricing = { inputPerToken: 1e-6, outputPerToken: 2e-6 };

/** A model that adds: asks the `add` tool for the two numbers of the question, then answers with its result. */
const addingModel: ModelTurn = async ({ messages, turn, onFirstToken, emit }) => {
  const last = messages[messages.length - 1];
  const usage = { inputTokens: 10 * turn, outputTokens: 5, totalTokens: 10 * turn + 5, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: null };
  const common = { reasoning: '', usage, usageCostUsd: null, headerCostUsd: null, gateway: EMPTY_GATEWAY_METADATA, warnings: [] };
  onFirstToken();
  if (last.role === 'tool') {
    const text = `The sum is ${last.content}.`;
    for (const word of text.split(/(?<= )/)) emit({ type: 'text-delta', turn, delta: word });
    return { ...common, text, toolCalls: [], finishReason: 'stop' };
  }
  const [a, b] = (typeof last.content === 'string' ? last.content : '').match(/\d+/g)!.map(Number);
  emit({ type: 'reasoning-delta', turn, delta: 'Adding needs the tool.' });
  return { ...common, text: '', toolCalls: [{ id: `call_${turn}`, name: 'add', arguments: JSON.stringify({ a, b }) }], finishReason: 'tool_calls' };
};

const add = defineTool({
  name: 'add',
  parameters: z.object({ a: z.number(), b: z.number() }),
  execute: ({ a, b }) => String(a + b),
});

/** The whole provider: the engine over `turn`, as `createOpenAICompatibleProvider` is over the openai SDK. */
function providerOver(turn: ModelTurn): Provider {
  const run = (request: ChatRequest, emit: (event: StreamEvent) => void, backpressure?: Backpressure): Promise<ChatResult> => {
    const scope = new CallScope(10_000, [request.signal]);
    const call = runToolLoop({
      request,
      provider: 'seam',
      pricing: PRICING,
      callModel: turn,
      executor: createToolset([add]),
      toolConcurrency: undefined,
      scope,
      logger: SILENT_LOGGER,
      emit,
      backpressure,
    });
    return call.finally(() => scope.dispose());
  };
  return {
    definition: {
      id: 'seam',
      name: 'Seam',
      description: 'a provider over the model-turn contract',
      icon: 'seam',
      modelPrefix: 'seam/',
      family: 'openai-compatible',
      kind: 'dynamic',
      requiresUserApiKey: false,
      defaultModel: '',
      models: [],
    },
    chat: (request) => run(request, () => undefined),
    // The seam under test is the chat loop's; this provider serves no embeddings.
    embed: () => Promise.reject(new ProviderError({ code: 'bad_request', message: 'the seam provider serves no embeddings' })),
    stream(request): ChatStream {
      return new EventStream((emit, backpressure) => run(request, emit, backpressure), () => undefined);
    },
  };
}

const question: ChatRequest = {
  model: 'seam/adder',
  messages: [{ role: 'user', content: 'What is 2 + 3?' }],
  tools: [{ name: 'add', parameters: { type: 'object' } }],
};

describe('a provider over the model-turn contract alone', () => {
  it('runs the tool loop to an answer, with the tool call, usage, cost from the price table and timing', async () => {
    const result = await providerOver(addingModel).chat(question);
    expect(result).toMatchObject({
      content: 'The sum is 5.',
      provider: 'seam',
      model: 'seam/adder',
      turns: 2,
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: { inputTokens: 30, outputTokens: 10, totalTokens: 40 },
    });
    expect(result.toolCalls).toEqual([expect.objectContaining({ id: 'call_1', name: 'add', arguments: '{"a":2,"b":3}', result: '5', turn: 1 })]);
    expect(result.cost.source).toBe('price-table');
    expect(result.cost.usd).toBeCloseTo(30 * 1e-6 + 10 * 2e-6, 12);
    expect(result.timing.segments.map((segment) => segment.kind)).toEqual(['model', 'tool', 'model']);
    expect(result.timing.timeToFirstTokenMs).not.toBeNull();
  });

  it('streams every turn: reasoning, the tool call and its result, the answer in deltas, usage, then finish', async () => {
    const stream = providerOver(addingModel).stream(question);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.type)).toEqual([
      'turn-start',
      'reasoning-delta',
      'usage',
      'tool-call',
      'tool-result',
      'turn-start',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-delta',
      'usage',
      'finish',
    ]);
    const text = events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join('');
    expect(text).toBe('The sum is 5.');
    await expect(stream.result).resolves.toEqual((events.at(-1) as Extract<StreamEvent, { type: 'finish' }>).result);
  });

  it('hands each turn the history in neutral messages, the tool result under its call id', async () => {
    const seen: string[][] = [];
    const recording: ModelTurn = (options) => {
      seen.push(options.messages.map((message) => message.role));
      return addingModel(options);
    };
    await providerOver(recording).chat(question);
    expect(seen).toEqual([['user'], ['user', 'assistant', 'tool']]);
  });

  it("carries each turn's warnings into the result, after the warnings of the turns before it", async () => {
    const warning = (turn: number) => ({ code: 'option-dropped' as const, turn, message: `turn ${turn} left an option out` });
    const warned: ModelTurn = async (options) => ({ ...(await addingModel(options)), warnings: [warning(options.turn)] });
    const result = await providerOver(warned).chat(question);
    expect(result.warnings).toEqual([warning(1), warning(2)]);
  });
});

/** Every module `file` reaches through relative imports, itself included, by its path under src/. */
function reachedModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(__dirname, `${file}.ts`), 'utf8');
  for (const [, target] of source.matchAll(/from '\.\/([^']+)'/g)) reachedModules(target, seen);
  return seen;
}

describe('the engine above the seam', () => {
  it('imports nothing of the openai SDK, not even a type, from the tool loop down', () => {
    const modules = [...reachedModules('tool-loop')];
    expect(modules).toEqual(expect.arrayContaining(['tool-loop', 'tool-runner', 'call-scope', 'call-timing', 'result-builder', 'cost', 'usage', 'chat-stream']));
    for (const file of modules) expect([file, readFileSync(join(__dirname, `${file}.ts`), 'utf8')]).not.toEqual([file, expect.stringMatching(/from 'openai'/)]);
  });
});
