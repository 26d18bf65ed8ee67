import { toFinishReason } from './finish-reason';

describe('toFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['function_call', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['end_turn', 'stop'],
    ['max_tokens', 'length'],
  ])('maps %s to %s', (raw, unified) => {
    expect(toFinishReason(raw)).toEqual({ unified, raw });
  });

  it('keeps an unknown word as other with the word itself', () => {
    expect(toFinishReason('recitation')).toEqual({ unified: 'other', raw: 'recitation' });
  });

  it('does not mistake inherited object keys for known words', () => {
    expect(toFinishReason('constructor').unified).toBe('other');
  });

  it('says unknown when the provider sent none', () => {
    expect(toFinishReason(null)).toEqual({ unified: 'unknown', raw: null });
  });
});
