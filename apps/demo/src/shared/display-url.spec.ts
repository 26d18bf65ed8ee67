import { displayUrl } from './display-url';

describe('displayUrl', () => {
  it('keeps scheme, host, port and path', () => {
    expect(displayUrl('http://127.0.0.1:4000/litellm/')).toBe('http://127.0.0.1:4000/litellm');
  });

  it('drops user and password', () => {
    expect(displayUrl('https://admin:sk-canary-pass@proxy.internal:8443/')).toBe('https://proxy.internal:8443');
  });

  it('drops query and fragment, where keys are sometimes passed', () => {
    expect(displayUrl('http://proxy:4000/v1?api_key=sk-canary-q#token=x')).toBe('http://proxy:4000/v1');
  });

  it('never echoes text that is not a URL', () => {
    expect(displayUrl('sk-canary-not-a-url')).toBe('[invalid URL]');
  });
});
