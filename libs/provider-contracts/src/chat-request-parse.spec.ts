import fc from 'fast-check';
import { expectSameAsSchema, oddValue } from '@modelgate/schema-properties';
import { ChatRequest } from './chat-request';
import { arePlainMessages, parseChatRequest } from './chat-request-parse';
import { ChatMessage } from './message';

// Out of this contract's ranges too: temperature 0-2, at most 100 tool turns.
const odd = fc.oneof(oddValue, fc.constantFrom(2.5, 101, 1e20));
/** Mostly the good shape, sometimes anything: the near misses are where a fast path goes wrong. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: odd, weight: 1 });
const exactly = <T>(good: fc.Arbitrary<T>) => good;

/** Requests, with `noise` (near misses) or clean (each field and value one the contract allows). */
function requests(noise: <T>(good: fc.Arbitrary<T>) => fc.Arbitrary<unknown>) {
  const text = noise(fc.oneof(fc.string({ maxLength: 5 }), fc.constant('')));
  const id = noise(fc.string({ minLength: 1, maxLength: 5 }));
  const name = noise(fc.constantFrom('lookup', 'get_weather', 'a-b_1'));
  /** Optional keys left out now and then; with noise, an unknown key too. */
  const shape = (fields: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[]): fc.Arbitrary<unknown> => {
    const exact = fc.record(fields, { requiredKeys });
    if (noise === exactly) return exact;
    const withExtra: Record<string, fc.Arbitrary<unknown>> = { ...fields, extra: fc.string() };
    return fc.oneof({ arbitrary: exact, weight: 8 }, { arbitrary: fc.record(withExtra, { requiredKeys }), weight: 1 });
  };
  const toolCall = shape({ id, name: id, arguments: text }, ['id', 'name', 'arguments']);
  const message = fc.oneof(
    shape({ role: fc.constant('system'), content: text }, ['role', 'content']),
    shape({ role: fc.constant('user'), content: text }, ['role', 'content']),
    shape({ role: fc.constant('assistant'), content: fc.oneof(text, fc.constant(null)), toolCalls: noise(fc.array(toolCall, { maxLength: 2 })) }, [
      'role',
      'content',
    ]),
    shape({ role: fc.constant('tool'), toolCallId: id, content: text }, ['role', 'toolCallId', 'content']),
  );
  const parameters = noise(fc.oneof(fc.constant({ type: 'object' }), fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue())));
  const tool = shape({ name, description: text, parameters }, ['name', 'parameters']);
  const positive = noise(fc.integer({ min: 1, max: 100 }));
  return shape(
    {
      model: id,
      messages: noise(fc.array(message, { minLength: 1, maxLength: 3 })),
      tools: noise(fc.array(tool, { maxLength: 2 })),
      toolChoice: noise(fc.oneof(fc.constantFrom('auto', 'none', 'required'), shape({ type: fc.constant('tool'), name }, ['type', 'name']))),
      temperature: noise(fc.double({ min: 0, max: 2, noNaN: true })),
      maxTokens: positive,
      reasoningEffort: noise(fc.constantFrom('minimal', 'low', 'medium', 'high')),
      maxToolIterations: positive,
      onToolLoopLimit: noise(fc.constantFrom('final-answer', 'error')),
      toolConcurrency: positive,
      toolTimeoutMs: positive,
      timeoutMs: positive,
      signal: noise(fc.constant(new AbortController().signal)),
      metadata: noise(fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 })),
    },
    ['model', 'messages'],
  );
}

/** Out of range, wrong role, attachment and response-format variants the generators above leave out. */
const nearMisses = fc.constantFrom<unknown>(
  { model: 'm', messages: [] },
  { model: 'm', messages: [{ role: 'developer', content: 'x' }] },
  { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] },
  { model: 'm', messages: [{ role: 'user', content: [] }] },
  { model: 'm', messages: [{ role: 'assistant' }] },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 2.5 },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], maxToolIterations: 101 },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], maxTokens: 2 ** 60 },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], tools: [{ name: 'bad name', parameters: {} }] },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], tools: [{ name: 'x'.repeat(65), parameters: {} }] },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], toolChoice: 'any' },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], responseFormat: { type: 'json_object' } },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], metadata: { constructor: 'x' } },
  { model: 'm', messages: [{ role: 'user', content: 'x' }], tools: [{ name: 't', parameters: JSON.parse('{"__proto__": {"a": 1}}') }] },
);

/** Every place in a value: the paths to each nested key and array item. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null || value instanceof AbortSignal) return [];
  return Object.keys(value).flatMap((key) => {
    const path = [...at, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf((value as Record<string, unknown>)[key], path)];
  });
}

/** A clean request with one thing wrong, at any depth. */
const oneThingWrong = fc.tuple(requests(exactly), odd, fc.nat()).map(([clean, wrong, pick]) => {
  const copy = structuredClone({ ...(clean as object), signal: undefined }) as Record<string, unknown>;
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length];
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]] = wrong;
  return copy;
});

const request = fc.oneof(requests(mostly), requests(exactly), { arbitrary: oneThingWrong, weight: 4 }, nearMisses);

describe('parseChatRequest', () => {
  it('gives the same answer as the ChatRequest schema for any request, well formed or not', () => {
    const { usedAsIs } = expectSameAsSchema(request, parseChatRequest, ChatRequest, { numRuns: 8000 });
    // The property above would hold with no fast path at all: most good requests must take it.
    expect(usedAsIs).toBeGreaterThan(200);
  });

  it('uses a plain request as it is', () => {
    const input = {
      model: 'litellm/gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Weather in Paris?' },
        { role: 'assistant', content: null, toolCalls: [{ id: 'c1', name: 'get_weather', arguments: '{"city":"Paris"}' }] },
        { role: 'tool', toolCallId: 'c1', content: '18 C' },
      ],
      tools: [{ name: 'get_weather', parameters: { type: 'object' } }],
      toolChoice: 'auto',
      temperature: 0,
    };
    const parsed = parseChatRequest(input);
    expect(parsed.success && parsed.data).toBe(input);
  });

  it('leaves attachments, response formats and unknown keys to the schema', () => {
    const base = { model: 'litellm/m', messages: [{ role: 'user', content: 'hi' }] };
    const attachment = { ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] };
    for (const input of [attachment, { ...base, responseFormat: { type: 'json_object' } }, { ...base, stream: true }]) {
      const parsed = parseChatRequest(input);
      expect(parsed.success).toBe(true);
      expect(parsed.success && parsed.data).not.toBe(input);
    }
  });

  it('reports what is wrong through the schema, with its issue paths', () => {
    const parsed = parseChatRequest({ model: '', messages: [{ role: 'user', content: 1 }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['model', 'messages.0.content']);
  });
});

describe('arePlainMessages', () => {
  it('accepts only messages the ChatMessage schema takes unchanged', () => {
    fc.assert(
      fc.property(request, (input) => {
        const messages = (input as { messages?: unknown } | null)?.messages;
        if (arePlainMessages(messages)) expect(ChatMessage.array().parse(messages)).toEqual(messages);
      }),
      { numRuns: 2000 },
    );
  });
});
