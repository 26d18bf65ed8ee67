import { loadConfig } from '../config/config';
import { type Gateway } from './gateway';
import { describeGateways } from './announce';
import { LITELLM_UPSTREAM, VLLM_UPSTREAM } from './upstreams';

const gateway = (kind: Gateway['kind'], baseUrl: string, embedded = false): Gateway => ({
  kind,
  baseUrl,
  apiKey: 'sk-canary-announce-01',
  embedded,
  close: async () => undefined,
});

describe('describeGateways', () => {
  it('names a configured proxy without its credentials', () => {
    expect(describeGateways([gateway(LITELLM_UPSTREAM, 'https://proxy.example:4000/litellm?key=sk-canary-q')], loadConfig({}))).toBe(
      'modelgate demo: LiteLLM proxy at https://proxy.example:4000/litellm',
    );
  });

  it('names both servers in one line when both providers are configured', () => {
    const gateways = [gateway(LITELLM_UPSTREAM, 'http://127.0.0.1:4000'), gateway(VLLM_UPSTREAM, 'http://gpu-box:8000/')];
    expect(describeGateways(gateways, loadConfig({}))).toBe(
      'modelgate demo: LiteLLM proxy at http://127.0.0.1:4000 and vLLM server at http://gpu-box:8000',
    );
  });

  it('says the embedded simulator runs because neither base URL is set', () => {
    expect(describeGateways([gateway(LITELLM_UPSTREAM, 'http://127.0.0.1:4100', true)], loadConfig({}))).toBe(
      'modelgate demo: neither LITELLM_BASE_URL nor VLLM_BASE_URL is set, using the embedded gateway simulator as a LiteLLM proxy at http://127.0.0.1:4100',
    );
  });

  it('warns that a key without its own base URL is not used, without showing it', () => {
    const config = loadConfig({ LITELLM_API_KEY: 'sk-canary-announce-02', VLLM_BASE_URL: 'http://gpu-box:8000' });
    const line = describeGateways([gateway(VLLM_UPSTREAM, 'http://gpu-box:8000')], config);
    expect(line).toBe('modelgate demo: vLLM server at http://gpu-box:8000 (LITELLM_API_KEY is ignored without LITELLM_BASE_URL)');
    expect(line).not.toContain('sk-canary');
  });

  it('warns about every ignored key, in the embedded case too', () => {
    const config = loadConfig({ LITELLM_API_KEY: 'sk-canary-announce-03', VLLM_API_KEY: 'sk-canary-announce-04' });
    const line = describeGateways([gateway(LITELLM_UPSTREAM, 'http://127.0.0.1:4100', true)], config);
    expect(line).toMatch(/\(LITELLM_API_KEY is ignored without LITELLM_BASE_URL\) \(VLLM_API_KEY is ignored without VLLM_BASE_URL\)$/);
    expect(line).not.toContain('sk-canary');
  });
});
