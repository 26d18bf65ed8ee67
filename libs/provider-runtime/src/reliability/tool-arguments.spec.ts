import fc from 'fast-check';
import { z } from 'zod';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type ChatRequest, type ChatResult, createToolset, defineTool, type StreamEvent } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate, type Modelgate } from '../create-modelgate';

/**
 * Whatever argument string a model writes for a tool call, either the executor receives arguments its
 * schema accepts, or the tool never runs and the error goes back to the model as that call's result (the
 * next turn's request carries it). The call itself always gets its answer.
 */
const KEY = 'sk-fuzz-tools-0001';
const Args = z.strictObject({
  text: z.string().max(40),
  count: z.number().int().min(0).max(10),
  tags: z.array(z.enum(['a', 'b'])).max(3).optional(),
});

const received: unknown[] = [];
const probe = defineTool({
  name: 'probe',
  parameters: Args,
  execute: (args) => {
    received.push(args);
    return `ok ${args.count}`;
  },
});

const validArgs = fc.record(
  { text: fc.string({ maxLength: 40 }), count: fc.integer({ min: 0, max: 10 }), tags: fc.array(fc.constantFrom('a', 'b'), { maxLength: 3 }) },
  { requiredKeys: ['text', 'count'] },
);
const nearMiss = fc.record(
  { text: fc.oneof(fc.string({ maxLength: 60 }), fc.jsonValue({ maxDepth: 1 })), count: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), fc.string({ maxLength: 3 })), tags: fc.jsonValue({ maxDepth: 1 }), extra: fc.jsonValue({ maxDepth: 1 }) },
  { requiredKeys: [] },
);
const argumentStrings = fc.oneof(
  validArgs.map((args) => JSON.stringify(args)),
  nearMiss.map((args) => JSON.stringify(args)),
  fc.tuple(validArgs, fc.nat()).map(([args, cut]) => JSON.stringify(args).slice(0, cut)),
  fc.json({ maxDepth: 2 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom('', '  ', 'null', '[]', '{}', '{"text":"x","count":1}', '{"__proto__":{"polluted":true},"text":"x","count":1}', '{"text":"x","count":1,"constructor":{"prototype":{"polluted":true}}}'),
);

/** What the engine must have done with `text`, worked out independently of it. */
function expectedFate(text: string): 'runs' | 'not-json' | 'invalid' {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return 'not-json';
  }
  return Args.safeParse(parsed).success ? 'runs' : 'invalid';
}

describe('tool arguments from the model', () => {
  let sim: GatewaySimulator;
  let gate: Modelgate;
  const toolset = createToolset([probe]);

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
    gate = await createModelgate({ providers: [litellmModule({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 })], toolExecutor: toolset });
  });
  afterAll(() => sim.close());

  async function call(request: ChatRequest, streamed: boolean): Promise<{ result: ChatResult; events: StreamEvent[] }> {
    if (!streamed) return { result: await gate.execution.chat(request), events: [] };
    const stream = gate.execution.stream(request);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    return { result: await stream.result, events };
  }

  it('reach the executor validated, or go back to the model as the error (400 runs, plain and streamed)', async () => {
    const fates = new Set<string>();
    await fc.assert(
      fc.asyncProperty(argumentStrings, fc.boolean(), async (text, streamed) => {
        sim.reset();
        received.length = 0;
        sim.enqueue('gpt-4o-mini', { toolCalls: [{ name: 'probe', arguments: text }], chunkSize: 3 });
        const request: ChatRequest = { model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'probe it' }], tools: [...toolset.definitions()] };
        const { result, events } = await call(request, streamed);

        const fate = expectedFate(text);
        fates.add(fate);
        const [record] = result.toolCalls;
        expect(record).toMatchObject({ name: 'probe', arguments: text });
        if (streamed) expect(events.find((event) => event.type === 'tool-call')).toMatchObject({ arguments: text });
        const sentBack = sim.chatRequests[1]!.messages.find((message) => message.role === 'tool');
        if (fate === 'runs') {
          expect(received).toHaveLength(1);
          expect(Args.safeParse(received[0]).success).toBe(true);
          expect(record).toMatchObject({ result: expect.stringMatching(/^ok \d+$/), error: null });
          expect(sentBack?.content).toBe(record!.result);
        } else {
          expect(received).toEqual([]);
          expect(record!.error).toMatch(fate === 'not-json' ? /not valid JSON/ : /^Invalid arguments for "probe"/);
          expect(sentBack?.content).toBe(JSON.stringify({ error: record!.error }));
        }
        expect(result.turns).toBe(2);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      // Run on every run before the random draws, so each fate is met whatever the seed.
      { numRuns: 400, examples: [['{"text":"hi","count":3}', false], ['{"text":', true], ['{"text":"hi","count":11}', false]] },
    );
    expect([...fates].sort()).toEqual(['invalid', 'not-json', 'runs']);
  });
});
