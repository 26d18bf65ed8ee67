import {
  EXPECTED_TOOL_ANSWER,
  StreamCheck,
  WrongAnswer,
  checkAnswer,
  expectedStreamText,
  integerIn,
  streamDelta,
} from './answers';

describe('checkAnswer', () => {
  it('accepts the expected text', () => {
    expect(() => checkAnswer('plain', 'pong 7', 'pong 7')).not.toThrow();
  });

  it('names the workload and the first differing character of a wrong answer', () => {
    expect(() => checkAnswer('plain', 'pong 8', 'pong 7')).toThrow(/plain: answer differs at character 5 of 6/);
  });

  it('rejects an answer that is not text', () => {
    expect(() => checkAnswer('tool', undefined, 'x')).toThrow(WrongAnswer);
  });

  it('rejects a truncated answer', () => {
    expect(() => checkAnswer('plain', 'pong', 'pong 7')).toThrow(/length 4/);
  });
});

describe('StreamCheck', () => {
  it('accepts the expected deltas however the text is split', () => {
    const check = new StreamCheck('stream', expectedStreamText(3));
    check.push('w0 w');
    check.push('1 w2 ');
    expect(() => check.finish()).not.toThrow();
  });

  it('rejects a delta out of order', () => {
    const check = new StreamCheck('stream', expectedStreamText(3));
    expect(() => check.push(streamDelta(1))).toThrow(WrongAnswer);
  });

  it('rejects a stream that ends early', () => {
    const check = new StreamCheck('stream', expectedStreamText(3));
    check.push(streamDelta(0));
    expect(() => check.finish()).toThrow(/ended after 3 of 9 characters/);
  });
});

describe('the tool answer', () => {
  it('is the sum the add tool computes', () => {
    expect(EXPECTED_TOOL_ANSWER).toBe('The sum is 42.');
  });

  it('finds the integer however a client serialised the tool result', () => {
    expect(integerIn('42')).toBe('42');
    expect(integerIn('"42"')).toBe('42');
    expect(integerIn('{"type":"text","value":"42"}')).toBe('42');
    expect(integerIn('no number')).toBeNull();
  });
});
