import { type ChatResult, type StreamEvent } from '@modelgate/provider-contracts';
import { EMPTY_ANSWER, applyStreamEvent, failAnswer } from './answer-state';

const replay = (events: StreamEvent[]) => events.reduce(applyStreamEvent, EMPTY_ANSWER);

describe('applyStreamEvent', () => {
  it('grows one text block per turn as deltas arrive', () => {
    const state = replay([
      { type: 'turn-start', turn: 1 },
      { type: 'text-delta', turn: 1, delta: 'The res' },
      { type: 'text-delta', turn: 1, delta: 'ult is 84.' },
    ]);
    expect(state.blocks).toEqual([{ kind: 'text', turn: 1, text: 'The result is 84.' }]);
  });

  it('keeps reasoning apart from the answer', () => {
    const state = replay([
      { type: 'reasoning-delta', turn: 1, delta: 'thinking' },
      { type: 'text-delta', turn: 1, delta: 'answer' },
    ]);
    expect(state.blocks.map((block) => block.kind)).toEqual(['reasoning', 'text']);
  });

  it('shows a tool call, then fills in its result, between the turns', () => {
    const state = replay([
      { type: 'tool-call', turn: 1, id: 'call_1', name: 'calculator', arguments: '{"expression":"12 * 7"}' },
      { type: 'tool-result', turn: 1, id: 'call_1', name: 'calculator', result: '84', error: null, durationMs: 0.2 },
      { type: 'turn-start', turn: 2 },
      { type: 'text-delta', turn: 2, delta: 'The result is 84.' },
    ]);
    expect(state.blocks).toEqual([
      { kind: 'tool', turn: 1, id: 'call_1', name: 'calculator', arguments: '{"expression":"12 * 7"}', result: '84', error: null, durationMs: 0.2 },
      { kind: 'text', turn: 2, text: 'The result is 84.' },
    ]);
  });

  it('keeps the result of the finish event', () => {
    const result = { content: 'x' } as ChatResult;
    expect(replay([{ type: 'finish', result }]).result).toBe(result);
  });

  it('records an error beside what had arrived', () => {
    const error = { name: 'ProviderError' as const, code: 'upstream' as const, message: 'boom', retryable: true, status: 500, provider: 'litellm', model: null, requestId: null };
    const state = failAnswer(replay([{ type: 'text-delta', turn: 1, delta: 'partial' }]), error);
    expect(state.error).toBe(error);
    expect(state.blocks).toHaveLength(1);
  });
});
