import { parseRetryAfterMs, retryAfterFromMessage, withPlainRetryAfter } from './retry-after';

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

  it('is null without the header or with a value it cannot read', () => {
    expect(parseRetryAfterMs(new Headers())).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '-1' }))).toBeNull();
  });
});

describe('retryAfterFromMessage', () => {
  it('reads the wait from a no-deployments message', () => {
    expect(retryAfterFromMessage('No deployments available for selected model, Try again in 60 seconds.')).toBe(60_000);
    expect(retryAfterFromMessage('cooldown. try again in 1.5s')).toBe(1500);
  });

  it('is null when the message names no wait', () => {
    expect(retryAfterFromMessage('Rate limit reached')).toBeNull();
  });
});

describe('the upstream wait a gateway passes on as llm_provider-retry-after', () => {
  it('is read when the plain header is missing, and the plain one wins when both are sent', () => {
    expect(parseRetryAfterMs(new Headers({ 'llm_provider-retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfterMs(new Headers({ 'llm_provider-retry-after-ms': '150' }))).toBe(150);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '1', 'llm_provider-retry-after': '9' }))).toBe(1000);
  });

  it('is copied to retry-after for a client that reads only that, and nothing is copied over a plain header', () => {
    expect(withPlainRetryAfter(new Headers({ 'llm_provider-retry-after': '2' }))?.get('retry-after')).toBe('2');
    expect(withPlainRetryAfter(new Headers({ 'retry-after': '1', 'llm_provider-retry-after': '9' }))).toBeNull();
    expect(withPlainRetryAfter(new Headers())).toBeNull();
  });
});
