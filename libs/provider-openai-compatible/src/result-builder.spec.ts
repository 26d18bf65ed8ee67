import { ChatResult, EMPTY_GATEWAY_METADATA, EMPTY_USAGE, type Timing } from '@modelgate/provider-contracts';
import { type TurnResult } from './model-turn';
import { buildResult, type ResultInput } from './result-builder';

const timing: Timing = { totalMs: 10, timeToFirstTokenMs: 2, modelMs: 8, toolMs: 1, segments: [] };

function turn(overrides: Partial<TurnResult> = {}): TurnResult {
  return {
    text: '',
    reasoning: '',
    toolCalls: [],
    finishReason: 'stop',
    usage: null,
    usageCostUsd: null,
    headerCostUsd: null,
    gateway: EMPTY_GATEWAY_METADATA,
    warnings: [],
    ...overrides,
  };
}

function input(overrides: Partial<ResultInput> = {}): ResultInput {
  return {
    model: 'litellm/gpt-4o-mini',
    provider: 'litellm',
    turns: [turn({ text: 'hi' })],
    toolCalls: [],
    timing,
    pricing: { inputPerToken: null, outputPerToken: null },
    ...overrides,
  };
}

describe('buildResult', () => {
  it('answers with the last turn, never an earlier preamble', () => {
    const result = buildResult(
      input({ turns: [turn({ text: 'Let me check.', finishReason: 'tool_calls' }), turn({ text: 'It is sunny.', finishReason: 'stop' })] }),
    );
    expect(result).toMatchObject({ content: 'It is sunny.', turns: 2, finishReason: { unified: 'stop', raw: 'stop' } });
  });

  it('keeps reasoning apart and null when there was none', () => {
    expect(buildResult(input()).reasoning).toBeNull();
    expect(buildResult(input({ turns: [turn({ reasoning: 'a' }), turn({ reasoning: 'b', text: 'x' })] })).reasoning).toBe('a\n\nb');
  });

  it('sums usage and takes the cost from every turn', () => {
    const usage = { ...EMPTY_USAGE, inputTokens: 10, outputTokens: 5, totalTokens: 15 };
    const result = buildResult(input({ turns: [turn({ usage, headerCostUsd: 0.1 }), turn({ usage, headerCostUsd: 0.2 })] }));
    expect(result.usage).toMatchObject({ inputTokens: 20, outputTokens: 10, totalTokens: 30 });
    expect(result.cost.source).toBe('gateway-header');
    expect(result.cost.usd).toBeCloseTo(0.3);
  });

  it('takes the gateway metadata from the last turn', () => {
    const gateway = { ...EMPTY_GATEWAY_METADATA, callId: 'second' };
    expect(buildResult(input({ turns: [turn({ gateway: { ...gateway, callId: 'first' } }), turn({ gateway })] })).gateway.callId).toBe('second');
  });

  it('adds the parsed object only when there is one', () => {
    expect(buildResult(input())).not.toHaveProperty('object');
    expect(buildResult(input({ object: { a: 1 } })).object).toEqual({ a: 1 });
  });

  it('satisfies the ChatResult contract', () => {
    expect(ChatResult.safeParse(buildResult(input())).success).toBe(true);
    const warning = { code: 'tool-call-repaired' as const, turn: 1, message: 'repaired' };
    expect(ChatResult.safeParse(buildResult(input({ turns: [turn({ warnings: [warning] })] }))).success).toBe(true);
  });

  it('warns of nothing for a call the engine did nothing to', () => {
    expect(buildResult(input()).warnings).toEqual([]);
  });

  it('warns when the last turn had no finish reason (unknown) or one the engine does not know (other)', () => {
    const none = buildResult(input({ turns: [turn({ finishReason: 'tool_calls' }), turn({ finishReason: null })] }));
    expect(none.finishReason).toEqual({ unified: 'unknown', raw: null });
    expect(none.warnings).toEqual([{ code: 'finish-reason-unknown', turn: 2, message: expect.any(String) }]);
    const own = buildResult(input({ turns: [turn({ finishReason: 'brewing' })] }));
    expect(own.finishReason).toEqual({ unified: 'other', raw: 'brewing' });
    expect(own.warnings).toEqual([{ code: 'finish-reason-unmapped', turn: 1, message: expect.stringContaining('"brewing"') }]);
  });

  it("gives every turn's warnings and the loop's in the order of the turns", () => {
    const at = (code: 'tool-call-repaired' | 'tool-calls-not-run' | 'choices-ignored', n: number, message: string) => ({ code, turn: n, message });
    const result = buildResult(
      input({
        turns: [turn({ warnings: [at('tool-call-repaired', 1, 'first')] }), turn({ warnings: [at('choices-ignored', 2, 'third')] })],
        warnings: [at('tool-calls-not-run', 2, 'fourth'), at('tool-call-repaired', 1, 'second')],
      }),
    );
    expect(result.warnings.map((warning) => warning.message)).toEqual(['first', 'second', 'third', 'fourth']);
  });
});
