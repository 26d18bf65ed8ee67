import { buildCompletion } from './completion';

const request = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] };
let count = 0;
const options = () => ({ model: 'gpt-4o-mini', nextToolCallId: () => `call_${++count}` });

beforeEach(() => {
  count = 0;
});

describe('buildCompletion', () => {
  it('finishes with stop when there are no tool calls', () => {
    const completion = buildCompletion({ text: 'hello' }, request, options());
    expect(completion).toMatchObject({ text: 'hello', finishReason: 'stop', toolCalls: [], reasoning: null });
    expect(completion.id).toMatch(/^chatcmpl-/);
  });

  it('finishes with tool_calls and a null text when there are tool calls', () => {
    const completion = buildCompletion({ toolCalls: [{ name: 'f', arguments: {} }] }, request, options());
    expect(completion).toMatchObject({ text: null, finishReason: 'tool_calls' });
  });

  it('keeps a scripted finish reason', () => {
    expect(buildCompletion({ text: 'cut', finishReason: 'length' }, request, options()).finishReason).toBe('length');
  });

  it('numbers tool-call ids deterministically unless the script gives one', () => {
    const completion = buildCompletion(
      { toolCalls: [{ name: 'a', arguments: '{}' }, { name: 'b', arguments: '{}', id: 'mine' }, { name: 'c', arguments: '{}' }] },
      request,
      options(),
    );
    expect(completion.toolCalls.map((call) => call.id)).toEqual(['call_1', 'mine', 'call_2']);
  });

  it('stringifies object arguments and sends string arguments as they are', () => {
    const completion = buildCompletion(
      { toolCalls: [{ name: 'a', arguments: { x: 1 } }, { name: 'b', arguments: '{"broken"' }] },
      request,
      options(),
    );
    expect(completion.toolCalls.map((call) => call.arguments)).toEqual(['{"x":1}', '{"broken"']);
  });

  it('leaves every id out for the missing-id bug', () => {
    const completion = buildCompletion({ toolCalls: [{ name: 'a', arguments: '{}', id: 'x' }] }, request, { ...options(), omitToolIds: true });
    expect(completion.toolCalls[0]?.id).toBeNull();
  });

  it('computes usage unless the script turns it off', () => {
    expect(buildCompletion({ text: 'hi' }, request, options()).usage?.total_tokens).toBeGreaterThan(0);
    expect(buildCompletion({ text: 'hi', usage: null }, request, options()).usage).toBeNull();
  });
});
