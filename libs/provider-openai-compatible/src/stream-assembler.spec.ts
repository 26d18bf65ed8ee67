import { isProviderError } from '@modelgate/provider-contracts';
import { StreamAssembler } from './stream-assembler';
import { thrown } from '@modelgate/testing';

type ToolDelta = { index?: number; id?: string; name?: string; arguments?: string };

function toolChunk(...calls: ToolDelta[]) {
  return {
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: calls.map((c) => ({
            index: c.index,
            id: c.id,
            type: c.id ? 'function' : undefined,
            function: { name: c.name, arguments: c.arguments },
          })),
        },
        finish_reason: null,
      },
    ],
  };
}

const textChunk = (content: string) => ({ choices: [{ index: 0, delta: { content }, finish_reason: null }] });
const finishChunk = (reason: string) => ({ choices: [{ index: 0, delta: {}, finish_reason: reason }] });

function assemble(turn: number, ...chunks: unknown[]) {
  const assembler = new StreamAssembler(turn);
  for (const chunk of chunks) assembler.push(chunk);
  return assembler.output();
}

describe('StreamAssembler', () => {
  it('concatenates text deltas and reports each one', () => {
    const assembler = new StreamAssembler(1);
    expect(assembler.push(textChunk('Hel'))).toEqual({ text: 'Hel', reasoning: '', toolCall: false });
    assembler.push(textChunk('lo'));
    assembler.push(finishChunk('stop'));
    expect(assembler.output()).toMatchObject({ text: 'Hello', finishReason: 'stop', toolCalls: [] });
    expect(assembler.finished).toBe(true);
  });

  it('keeps every delta of a long stream, in order, read midway or at the end', () => {
    const assembler = new StreamAssembler(1);
    const deltas = Array.from({ length: 2500 }, (_, i) => `w${i} `);
    deltas.slice(0, 1500).forEach((delta) => assembler.push(textChunk(delta)));
    expect(assembler.output().text).toBe(deltas.slice(0, 1500).join(''));
    deltas.slice(1500).forEach((delta) => assembler.push(textChunk(delta)));
    expect(assembler.output().text).toBe(deltas.join(''));
  });

  it('keeps reasoning apart from the answer, under either field name', () => {
    const output = assemble(
      1,
      { choices: [{ index: 0, delta: { reasoning_content: 'think ' } }] },
      { choices: [{ index: 0, delta: { reasoning: 'more' } }] },
      textChunk('answer'),
    );
    expect(output).toMatchObject({ text: 'answer', reasoning: 'think more' });
  });

  it('accumulates tool-call arguments by index when later deltas lack id and name', () => {
    const output = assemble(
      1,
      toolChunk({ index: 0, id: 'call_a', name: 'weather', arguments: '' }, { index: 1, id: 'call_b', name: 'time', arguments: '{"tz"' }),
      toolChunk({ index: 0, arguments: '{"city":' }),
      toolChunk({ index: 1, arguments: ':"UTC"}' }),
      toolChunk({ index: 0, arguments: '"Paris"}' }),
      finishChunk('tool_calls'),
    );
    expect(output.toolCalls).toEqual([
      { id: 'call_a', name: 'weather', arguments: '{"city":"Paris"}' },
      { id: 'call_b', name: 'time', arguments: '{"tz":"UTC"}' },
    ]);
    expect(output.finishReason).toBe('tool_calls');
  });

  it('splits parallel calls that all arrive on index 0 by their new id', () => {
    const output = assemble(
      1,
      toolChunk({ index: 0, id: 'call_a', name: 'weather', arguments: '{"city":"Paris"}' }),
      toolChunk({ index: 0, id: 'call_b', name: 'weather', arguments: '{"city":' }),
      toolChunk({ index: 0, arguments: '"Rome"}' }),
    );
    expect(output.toolCalls).toEqual([
      { id: 'call_a', name: 'weather', arguments: '{"city":"Paris"}' },
      { id: 'call_b', name: 'weather', arguments: '{"city":"Rome"}' },
    ]);
    expect(output.warnings).toEqual([{ code: 'tool-call-repaired', turn: 1, message: expect.stringContaining('a new id (call_b)') }]);
  });

  it('keeps one call when the proxy repeats its id and name on every delta', () => {
    const output = assemble(
      1,
      toolChunk({ index: 0, id: 'call_a', name: 'weather', arguments: '{"city":' }),
      toolChunk({ index: 0, id: 'call_a', name: 'weather', arguments: '"Oslo"}' }),
    );
    expect(output.toolCalls).toEqual([{ id: 'call_a', name: 'weather', arguments: '{"city":"Oslo"}' }]);
    expect(output.warnings).toEqual([]);
  });

  it('splits id-less calls on index 0 by a different tool name', () => {
    const output = assemble(1, toolChunk({ index: 0, name: 'weather', arguments: '{}' }), toolChunk({ index: 0, name: 'time', arguments: '{}' }));
    expect(output.toolCalls.map((c) => c.name)).toEqual(['weather', 'time']);
    expect(output.warnings.map((w) => w.code)).toEqual(['tool-call-repaired', 'tool-call-repaired', 'tool-call-repaired']);
    expect(output.warnings[0]?.message).toContain('another tool\'s name ("time")');
  });

  it('synthesises missing ids from the turn and the call position', () => {
    const output = assemble(3, toolChunk({ index: 0, name: 'a', arguments: '{}' }, { index: 1, name: 'b', arguments: '{}' }));
    expect(output.toolCalls.map((c) => c.id)).toEqual(['call_3_0', 'call_3_1']);
    expect(output.warnings).toEqual([
      { code: 'tool-call-repaired', turn: 3, message: 'A call of "a" came without an id; it was given call_3_0' },
      { code: 'tool-call-repaired', turn: 3, message: 'A call of "b" came without an id; it was given call_3_1' },
    ]);
  });

  it('leaves out a call that never names its tool, numbering the others as if it were not there, and says so', () => {
    const output = assemble(1, toolChunk({ index: 0, id: 'nameless', arguments: '{}' }, { index: 1, name: 'b', arguments: '{}' }));
    expect(output.toolCalls).toEqual([{ id: 'call_1_0', name: 'b', arguments: '{}' }]);
    expect(output.warnings.map((w) => [w.code, w.message])).toEqual([
      ['tool-call-dropped', 'A tool call (nameless) that never named its tool was left out'],
      ['tool-call-repaired', 'A call of "b" came without an id; it was given call_1_0'],
    ]);
  });

  it('warns of nothing when the answer needed no repair', () => {
    expect(assemble(1, toolChunk({ index: 0, id: 'c1', name: 'a', arguments: '{}' }), textChunk('hi'), finishChunk('stop')).warnings).toEqual([]);
  });

  it('adopts an id that arrives after the call started', () => {
    const output = assemble(1, toolChunk({ index: 0, name: 'a', arguments: '{' }), toolChunk({ index: 0, id: 'late', arguments: '}' }));
    expect(output.toolCalls).toEqual([{ id: 'late', name: 'a', arguments: '{}' }]);
  });

  it('reads a whole non-streaming message as one chunk, placing calls without index by position', () => {
    const output = assemble(1, {
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'c1', type: 'function', function: { name: 'a', arguments: '{}' } },
              { id: 'c2', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    });
    expect(output.toolCalls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(output.usage?.totalTokens).toBe(7);
  });

  it('reads the usage chunk that has no choices, with its cost', () => {
    const output = assemble(
      1,
      textChunk('hi'),
      finishChunk('stop'),
      { choices: [], usage: { prompt_tokens: 9, completion_tokens: 1, cost: 0.00042 } },
    );
    expect(output.usage).toMatchObject({ inputTokens: 9, outputTokens: 1, totalTokens: 10 });
    expect(output.usageCostUsd).toBe(0.00042);
  });

  it("reads LiteLLM 1.83's usage chunk, whose one choice has an empty delta, as usage only", () => {
    const assembler = new StreamAssembler(1);
    assembler.push(textChunk('hi'));
    assembler.push(finishChunk('stop'));
    const delta = assembler.push({
      choices: [{ index: 0, delta: {} }],
      usage: { prompt_tokens: 8, completion_tokens: 4, total_tokens: 12, completion_tokens_details: { reasoning_tokens: 0 } },
    });
    expect(delta).toEqual({ text: '', reasoning: '', toolCall: false });
    expect(assembler.output()).toMatchObject({ text: 'hi', finishReason: 'stop', usage: { inputTokens: 8, outputTokens: 4, reasoningTokens: 0 } });
  });

  it('leaves usage null when the stream reported none', () => {
    expect(assemble(1, textChunk('hi')).usage).toBeNull();
  });

  it('ignores choices other than the first, with a warning', () => {
    const output = assemble(2, { choices: [{ index: 1, delta: { content: 'other' } }, { index: 0, delta: { content: 'mine' } }] });
    expect(output.text).toBe('mine');
    expect(output.warnings).toEqual([{ code: 'choices-ignored', turn: 2, message: expect.any(String) }]);
  });

  it('turns an error frame into a ProviderError instead of text', () => {
    const error = thrown(() => new StreamAssembler(1).push({ error: { message: 'upstream exploded', type: 'None', code: '500' } }));
    expect(isProviderError(error) && error.code).toBe('upstream');
  });

  it('maps an error frame with a rate-limit code to rate_limited', () => {
    const error = thrown(() => new StreamAssembler(1).push({ error: { message: 'slow down', code: 429 } }));
    expect(isProviderError(error) && error.code).toBe('rate_limited');
  });

  it('rejects a chunk of the wrong shape as invalid_response naming the path, not the body', () => {
    const error = thrown(() => new StreamAssembler(1).push({ choices: [{ delta: { content: 42 } }], secret: 'body-text' }));
    expect(isProviderError(error) && error.code).toBe('invalid_response');
    expect((error as Error).message).toContain('choices.0.delta.content');
    expect((error as Error).message).not.toContain('body-text');
  });

  it('tolerates nulls and unknown keys everywhere', () => {
    expect(
      assemble(1, { id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: null, role: 'assistant', extra: 1 }, logprobs: null }], usage: null }),
    ).toMatchObject({ text: '', toolCalls: [] });
  });
});
