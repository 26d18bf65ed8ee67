import { isOlderThanSupportedLitellm, OLDEST_SUPPORTED_LITELLM } from './supported-releases';

describe('isOlderThanSupportedLitellm', () => {
  it.each(['1.82.6', '1.83.13', '0.99.0', 'v1.80.0'])('calls %s older than the oldest supported release', (version) => {
    expect(isOlderThanSupportedLitellm(version)).toBe(true);
  });

  it.each([OLDEST_SUPPORTED_LITELLM, '1.83.15', '1.108.7', '2.0.0', '1.110.0-nightly'])('accepts %s', (version) => {
    expect(isOlderThanSupportedLitellm(version)).toBe(false);
  });

  it('does not call a version it cannot read old', () => {
    expect(isOlderThanSupportedLitellm('main-latest')).toBe(false);
  });
});
