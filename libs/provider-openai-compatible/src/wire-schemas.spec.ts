import fc from 'fast-check';
import { expectSameAsSchema, mostly, oddValue } from '@modelgate/testing';
import { parseWireCompletion, WireCompletion } from './wire-schemas';

const loose = <T>(fields: Record<string, fc.Arbitrary<T>>) => mostly(fc.record(fields, { requiredKeys: [] }));
const count = mostly(fc.integer({ min: 0, max: 1000 }));
const text = mostly(fc.string({ maxLength: 6 }));

const toolCall = loose({ index: count, id: text, function: loose({ name: text, arguments: text }) });
const delta = loose({
  content: text,
  reasoning_content: text,
  reasoning: text,
  tool_calls: mostly(fc.array(toolCall, { maxLength: 3 })),
});
const usage = loose({
  prompt_tokens: count,
  completion_tokens: count,
  total_tokens: count,
  prompt_tokens_details: loose({ cached_tokens: count }),
  completion_tokens_details: loose({ reasoning_tokens: count }),
  cost: mostly(fc.double({ min: 0, max: 1, noNaN: true })),
  extra: oddValue,
});
const choice = loose({ index: count, delta, message: delta, finish_reason: text, logprobs: oddValue });
const chunk = loose({
  id: text,
  choices: mostly(fc.array(choice, { maxLength: 2 })),
  usage,
  error: fc.oneof(fc.constant(null), fc.constant(undefined), loose({ message: text }), fc.string()),
});

describe('parseWireCompletion', () => {
  it('gives the same answer as the WireCompletion schema for any chunk, well formed or not', () => {
    expectSameAsSchema(chunk, parseWireCompletion, WireCompletion);
  });

  it('uses a well-formed text chunk as it is, unknown keys and all', () => {
    const raw = {
      id: 'c1',
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta: { content: 'hi', role: 'assistant' }, finish_reason: null, logprobs: null }],
    };
    const parsed = parseWireCompletion(raw);
    expect(parsed.success && parsed.data).toBe(raw);
  });

  it('uses a whole completion with usage and tool calls as it is', () => {
    const raw = {
      choices: [
        {
          index: 0,
          message: {
            content: null,
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'add', arguments: '{}' } }],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5, prompt_tokens_details: { cached_tokens: 0 } },
    };
    const parsed = parseWireCompletion(raw);
    expect(parsed.success && parsed.data).toBe(raw);
  });

  it('leaves error frames and odd types to the schema, with its issue paths', () => {
    const frame = { error: { message: 'boom', code: 500 } };
    expect(parseWireCompletion(frame)).toEqual(WireCompletion.safeParse(frame));
    const odd = parseWireCompletion({ choices: [{ delta: { content: 42 } }] });
    expect(odd.success).toBe(false);
    expect(odd.error?.issues.map((issue) => issue.path)).toEqual([['choices', 0, 'delta', 'content']]);
  });

  it('refuses what is not an object, as the schema does', () => {
    for (const raw of [null, undefined, 'text', 3, []]) expect(parseWireCompletion(raw).success).toBe(false);
  });
});
