import { parseRetryAfterMs } from './retry-after';

describe('parseRetryAfterMs', () => {
  it('reads seconds', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
  });

  it('prefers the millisecond header OpenAI sends', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
  });

  it('reads no other header name than the two plain ones', () => {
    expect(parseRetryAfterMs(new Headers({ 'llm_provider-retry-after': '2', 'x-ratelimit-reset': '9' }))).toBeNull();
  });

  it('is null without the header or with a value it cannot read', () => {
    expect(parseRetryAfterMs(new Headers())).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '-1' }))).toBeNull();
  });
});
