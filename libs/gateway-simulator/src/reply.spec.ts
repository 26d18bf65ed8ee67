import { Fault, isFault, parseStrict, Reply } from './reply';

describe('parseStrict', () => {
  it('returns what it validated', () => {
    expect(parseStrict(Reply, { text: 'hi', chunkSize: 2 }, 'reply')).toEqual({ text: 'hi', chunkSize: 2 });
  });

  it('names every issue path in its error', () => {
    expect(() => parseStrict(Reply, { text: 1, chunkSize: 0 }, 'reply')).toThrow(/invalid reply: text: .*; chunkSize: /);
  });

  it('refuses unknown keys in what we own', () => {
    expect(() => parseStrict(Fault, { fault: 'rate-limit', retryAfter: 3 }, 'fault')).toThrow(/invalid fault/);
  });
});

describe('isFault', () => {
  it('tells faults from replies', () => {
    expect(isFault({ fault: 'server-error' })).toBe(true);
    expect(isFault({ text: 'hi' })).toBe(false);
  });
});
