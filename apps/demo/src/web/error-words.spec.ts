import { ProviderError, ProviderErrorCode } from '@modelgate/provider-contracts';
import { describeFailure } from './error-words';

const failure = (code: ProviderErrorCode, message = 'upstream said: {"error":{"message":"raw body"}}') =>
  new ProviderError({ code, message }).toJSON();

describe('describeFailure', () => {
  it('says when to retry a rate limited turn', () => {
    expect(describeFailure(failure('rate_limited'), 429)).toMatch(/rate limiting.*Retry in about a minute/);
  });

  it('tells a spent budget from a missing demo token and a refused gateway key', () => {
    expect(describeFailure(failure('budget_exceeded'), 429)).toMatch(/budget for this key is used up/);
    expect(describeFailure(failure('unauthorized'), 401)).toMatch(/needs its API token/);
    expect(describeFailure(failure('unauthorized'), 502)).toMatch(/refused the demo server's key/);
  });

  it.each(ProviderErrorCode.options)('never shows an upstream message for %s', (code) => {
    const words = describeFailure(failure(code), null);
    expect(words).not.toContain('raw body');
    expect(words.length).toBeGreaterThan(20);
  });

  it("shows the demo server's own refusal, which is its words and not the gateway's", () => {
    expect(describeFailure(failure('bad_request', 'Attachment refused: x does not take images'), 400)).toBe('Attachment refused: x does not take images');
  });
});
