import { judge, tally, type ChatOutcome } from './chat-outcome';

const answer = 'The result is 707.';
const outcome = (overrides: Partial<ChatOutcome>): ChatOutcome => ({ app: '127.0.0.1:1', status: 200, text: answer, end: 'finish', ...overrides });

describe('judge', () => {
  it('counts a finished chat with exactly its answer as completed', () => {
    expect(judge(outcome({}), answer)).toBe('completed');
  });

  it('counts a typed error after part of the answer as failed, not lost', () => {
    expect(judge(outcome({ text: 'The res', end: 'error', code: 'invalid_response' }), answer)).toBe('failed');
  });

  it('counts text beyond the answer as duplicated, however the stream ended', () => {
    expect(judge(outcome({ text: `${answer}${answer}` }), answer)).toBe('duplicated');
    expect(judge(outcome({ text: 'The resThe result is 707.', end: 'error', code: 'upstream' }), answer)).toBe('duplicated');
  });

  it('counts a stream that stopped without an end event as lost', () => {
    expect(judge(outcome({ text: 'The', end: 'cut' }), answer)).toBe('lost');
  });

  it('counts an error without a code, or a finish short of the answer, as lost', () => {
    expect(judge(outcome({ text: '', end: 'error' }), answer)).toBe('lost');
    expect(judge(outcome({ text: 'The result' }), answer)).toBe('lost');
  });
});

describe('tally', () => {
  it('counts each verdict, zero for those that never occur', () => {
    expect(tally(['completed', 'completed', 'failed'])).toEqual({ completed: 2, failed: 1, duplicated: 0, lost: 0 });
  });
});
