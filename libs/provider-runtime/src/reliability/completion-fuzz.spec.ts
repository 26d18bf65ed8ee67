import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import fc from 'fast-check';
import { z } from 'zod';
import {
  type ChatRequest,
  ChatResult,
  createToolset,
  defineTool,
  isProviderError,
  ProviderErrorCode,
  type StreamEvent,
} from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate, type Modelgate } from '../create-modelgate';

/**
 * Raw bytes from a chat endpoint (random and near-miss completions, SSE frames, error bodies, any status)
 * end in a `ChatResult` that meets its schema or in a `ProviderError`, never anything else; and the same
 * stream cut at random byte boundaries gives the same events and result as when it arrives whole.
 */
const MODEL = 'litellm/fuzz-model';

interface Scripted {
  status: number;
  contentType: string;
  /** Written one by one, each flushed before the next, so the client sees the cuts. */
  chunks: (string | Uint8Array)[];
}

/** A chat endpoint that answers each request with the next scripted response, byte for byte. */
function startRawServer(): { server: Server; script: Scripted[] } {
  const script: Scripted[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      const next = script.shift() ?? { status: 500, contentType: 'text/plain', chunks: ['nothing scripted'] };
      res.writeHead(next.status, { 'content-type': next.contentType });
      for (const chunk of next.chunks) {
        await new Promise<void>((written) => res.write(chunk, () => written()));
        await new Promise((tick) => setImmediate(tick));
      }
      res.end();
    });
  });
  return { server, script };
}

const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });
// Counts stay below 2^53: larger ones pass the engine unchecked and break the result's schema (reported).
const count = fc.oneof(fc.nat(5000), fc.integer(), fc.double({ min: -1e9, max: 1e9 }), fc.constant(null));
const usage = fc.record({ prompt_tokens: count, completion_tokens: count, total_tokens: count, cost: fc.oneof(fc.double(), fc.constant(null)) }, { requiredKeys: [] });
const toolCall = fc.record(
  {
    index: maybe(fc.nat(3)),
    id: maybe(fc.constantFrom('call_a', 'call_b', '')),
    type: fc.constant('function'),
    function: maybe(fc.record({ name: maybe(fc.constantFrom('echo', 'missing', '')), arguments: maybe(fc.oneof(fc.string(), fc.constant('{"text":"hi"}'))) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
const delta = fc.record(
  { role: maybe(fc.constant('assistant')), content: maybe(fc.oneof(fc.string(), fc.constant(null))), reasoning_content: maybe(fc.string()), tool_calls: maybe(fc.array(toolCall, { maxLength: 2 })) },
  { requiredKeys: [] },
);
const finishReason = maybe(fc.constantFrom('stop', 'length', 'tool_calls', 'content_filter', null));
const completion = fc.record(
  {
    id: maybe(fc.constant('chatcmpl-fuzz')),
    object: maybe(fc.constant('chat.completion')),
    choices: maybe(fc.array(fc.record({ index: maybe(fc.constant(0)), message: maybe(delta), finish_reason: finishReason }, { requiredKeys: [] }), { maxLength: 2 })),
    usage: maybe(usage),
  },
  { requiredKeys: [] },
);
const chunk = fc.record(
  { object: fc.constant('chat.completion.chunk'), choices: maybe(fc.array(fc.record({ index: maybe(fc.constant(0)), delta: maybe(delta), finish_reason: finishReason }, { requiredKeys: [] }), { maxLength: 1 })), usage: maybe(usage) },
  { requiredKeys: [] },
);
const frame = fc.oneof(
  { arbitrary: chunk.map((value) => JSON.stringify(value)), weight: 6 },
  { arbitrary: fc.constant('[DONE]'), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((error) => JSON.stringify({ error })), weight: 1 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
);
const WELL_FORMED_COMPLETION = JSON.stringify({
  id: 'chatcmpl-fuzz',
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', content: 'fine' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
});
const WELL_FORMED_STREAM = [
  { object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant', content: 'fine' }, finish_reason: null }] },
  { object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
]
  .map((value) => `data: ${JSON.stringify(value)}\n\n`)
  .concat('data: [DONE]\n\n')
  .join('');
const sseBody = fc
  .tuple(fc.array(frame, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.option(fc.nat(), { nil: undefined }))
  .map(([frames, eol, cut]) => {
    const text = frames.map((data) => `data: ${data}${eol}${eol}`).join('');
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });
/** Error bodies the way gateways write them, and the ways they do not. */
const errorBody = fc.oneof(
  fc.record({ error: fc.record({ message: fc.jsonValue({ maxDepth: 1 }), type: fc.jsonValue({ maxDepth: 1 }), param: fc.jsonValue({ maxDepth: 1 }), code: fc.oneof(fc.constantFrom('400', '429', 'None'), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }) }),
  fc.record({ detail: fc.jsonValue({ maxDepth: 2 }) }),
  fc.jsonValue({ maxDepth: 3 }),
);

const echo = defineTool({ name: 'echo', parameters: z.object({ text: z.string() }), execute: ({ text }) => text });

/** A ChatResult that meets its schema, or a ProviderError with a known code: nothing else may come out. */
function expectContractOutcome(outcome: { result?: unknown; error?: unknown }, seen?: Set<string>): void {
  seen?.add(outcome.error === undefined ? 'result' : 'error');
  if (outcome.error === undefined) {
    expect(ChatResult.safeParse(outcome.result).error).toBeUndefined();
    return;
  }
  expect(isProviderError(outcome.error)).toBe(true);
  expect(ProviderErrorCode.options).toContain((outcome.error as { code: unknown }).code);
}

describe('chat calls against hostile response bytes', () => {
  let server: Server;
  let script: Scripted[];
  let gate: Modelgate;
  const request = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
    model: MODEL,
    messages: [{ role: 'user', content: 'hi' }],
    tools: [...createToolset([echo]).definitions()],
    maxToolIterations: 1,
    timeoutMs: 5000,
    ...extra,
  });

  async function settle<T>(promise: Promise<T>): Promise<{ result?: T; error?: unknown }> {
    try {
      return { result: await promise };
    } catch (error) {
      return { error };
    }
  }

  async function streamed(chatRequest: ChatRequest): Promise<{ events: StreamEvent[]; result?: ChatResult; error?: unknown }> {
    const events: StreamEvent[] = [];
    const stream = gate.execution.stream(chatRequest);
    const outcome = await settle(
      (async () => {
        for await (const event of stream) events.push(event);
        return stream.result;
      })(),
    );
    return { events, ...outcome };
  }

  beforeAll(async () => {
    ({ server, script } = startRawServer());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    gate = await createModelgate({ providers: [litellmModule({ baseUrl, maxRetries: 0 })], toolExecutor: createToolset([echo]) });
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });
  afterEach(() => {
    script.length = 0;
  });

  const serve = (status: number, contentType: string, ...chunks: (string | Uint8Array)[]) => ({ status, contentType, chunks });

  it('maps any error status and body to a ProviderError carrying that status (2 x 200 runs)', async () => {
    const answers = fc.record({ status: fc.integer({ min: 400, max: 599 }), body: fc.oneof(errorBody.map((value) => JSON.stringify(value)), fc.string({ maxLength: 60 })) });
    for (const mode of ['plain', 'stream'] as const) {
      await fc.assert(
        fc.asyncProperty(answers, async ({ status, body }) => {
          script.push(serve(status, 'application/json', body));
          // By the fetch standard a 421 is tried once more on a fresh connection: it gets the same answer.
          if (status === 421) script.push(serve(status, 'application/json', body));
          const outcome = mode === 'plain' ? await settle(gate.execution.chat(request())) : await streamed(request());
          // By the fetch standard a 407 without a proxy is a network error: there is no status to carry.
          const expected = status === 407 ? { code: 'unreachable', status: null } : { status };
          expect(outcome.error).toMatchObject({ name: 'ProviderError', provider: 'litellm', ...expected });
          expectContractOutcome(outcome);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('answers random, near-miss and truncated completions with a valid result or a ProviderError (400 runs)', async () => {
    const body = fc.oneof(
      completion.map((value) => JSON.stringify(value)),
      fc.tuple(completion, fc.nat()).map(([value, cut]) => JSON.stringify(value).slice(0, cut)),
      fc.string({ maxLength: 40 }),
    );
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(body, body, async (first, second) => {
        script.push(serve(200, 'application/json', first), serve(200, 'application/json', second));
        expectContractOutcome(await settle(gate.execution.chat(request())), seen);
      }),
      // Run on every run before the random draws, so both outcomes are met whatever the seed.
      { numRuns: 400, examples: [[WELL_FORMED_COMPLETION, WELL_FORMED_COMPLETION], ['', '']] },
    );
    expect([...seen].sort()).toEqual(['error', 'result']);
  });

  it('answers random and truncated SSE streams with a valid result or a ProviderError, text kept in step (400 runs)', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(sseBody, sseBody, async (first, second) => {
        script.push(serve(200, 'text/event-stream', first), serve(200, 'text/event-stream', second));
        const outcome = await streamed(request());
        expectContractOutcome(outcome, seen);
        if (outcome.result && outcome.result.turns === 1) {
          const text = outcome.events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join('');
          expect(text).toBe(outcome.result.content);
        }
      }),
      { numRuns: 400, examples: [[WELL_FORMED_STREAM, WELL_FORMED_STREAM], ['', '']] },
    );
    expect([...seen].sort()).toEqual(['error', 'result']);
  });

  describe('a stream cut at random byte boundaries', () => {
    const toolTurn = [
      '{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":null}}]}',
      '{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"echo","arguments":""}}]}}]}',
      '{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"text\\":\\"h\\u00e9llo \\ud83d\\udc4b"}}]}}]}',
      '{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\\"}"}}]},"finish_reason":"tool_calls"}]}',
      '{"id":"c1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}',
      '[DONE]',
    ];
    const textTurn = [
      '{"id":"c2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","reasoning_content":"Echo it back."}}]}',
      '{"id":"c2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"It said h\\u00e9llo "}}]}',
      '{"id":"c2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"👋 — done."},"finish_reason":"stop"}]}',
      '{"id":"c2","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":30,"completion_tokens":9,"total_tokens":39}}',
      '[DONE]',
    ];
    const body = (frames: string[], eol: string) => frames.map((data) => `data: ${data}${eol}${eol}`).join('');
    /** Cuts in bytes, so a multi-byte character may be split across two reads. */
    const cutAt = (text: string, cuts: number[]) => {
      const bytes = Buffer.from(text);
      const points = [...new Set(cuts.map((cut) => cut % bytes.length))].sort((a, b) => a - b);
      return [...points, bytes.length].map((end, index, all) => bytes.subarray(index === 0 ? 0 : all[index - 1], end));
    };
    /** What two runs must agree on: every event and the result, durations and timing left out. */
    const comparable = (outcome: Awaited<ReturnType<typeof streamed>>) => ({
      events: outcome.events.map((event) => {
        if (event.type === 'tool-result') return { ...event, durationMs: 0 };
        if (event.type === 'finish') return { type: 'finish' };
        return event;
      }),
      content: outcome.result?.content,
      reasoning: outcome.result?.reasoning,
      toolCalls: outcome.result?.toolCalls.map(({ durationMs: _durationMs, ...call }) => call),
      usage: outcome.result?.usage,
      finishReason: outcome.result?.finishReason,
    });

    it('gives the same events and result as the whole body (150 runs)', async () => {
      script.push(serve(200, 'text/event-stream', body(toolTurn, '\n')), serve(200, 'text/event-stream', body(textTurn, '\n')));
      const whole = comparable(await streamed(request({ maxToolIterations: 2 })));
      expect(whole.content).toBe('It said héllo 👋 — done.');
      expect(whole.toolCalls).toEqual([expect.objectContaining({ name: 'echo', result: 'héllo 👋', error: null })]);
      const cuts = fc.array(fc.nat(), { minLength: 1, maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(cuts, cuts, fc.constantFrom('\n', '\r\n'), async (first, second, eol) => {
          const split = (frames: string[], at: number[]) => cutAt(body(frames, eol), at);
          script.push(serve(200, 'text/event-stream', ...split(toolTurn, first)), serve(200, 'text/event-stream', ...split(textTurn, second)));
          expect(comparable(await streamed(request({ maxToolIterations: 2 })))).toEqual(whole);
        }),
        { numRuns: 150 },
      );
    });
  });
});
