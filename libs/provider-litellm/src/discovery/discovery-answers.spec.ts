import { useSimulator } from '@modelgate/gateway-simulator';
import { OpenAICompatibleDiscovery } from '@modelgate/provider-openai-compatible';
import { canaryKey } from '@modelgate/testing';
import { litellmServer } from '../litellm-module';
import { parseLiteLLMConfig } from '../parse-config';

const MASTER = canaryKey();

function discover(baseUrl: string, apiKey?: string) {
  const config = parseLiteLLMConfig({ baseUrl, ...(apiKey && { apiKey }), discoveryTimeoutMs: 5_000 });
  return new OpenAICompatibleDiscovery(litellmServer(config)).discover();
}

/** Discovery reads the proxy's answers through LiteLLM's hooks, as its calls do (litellm-errors, litellm-answers). */
describe('LiteLLM discovery reads the proxy’s refusals as its calls do', () => {
  describe('a proxy without a database (LiteLLM 1.83)', () => {
    const simulator = useSimulator({ masterKey: MASTER });

    it('reports the 400 no_db_connection to a key other than the master key as unauthorized', async () => {
      const report = await discover(simulator().url, `${MASTER}-other`);
      expect(report).toMatchObject({ status: 'unauthorized', models: [], error: { code: 'unauthorized', status: 400 } });
    });
  });

  describe('a proxy answering like LiteLLM 1.108.7', () => {
    const simulator = useSimulator({ masterKey: MASTER, litellmVersion: '1.108.7' });

    it('reports its bare 500 text/plain to a request without a key as unauthorized', async () => {
      const report = await discover(simulator().url);
      expect(report).toMatchObject({ status: 'unauthorized', error: { code: 'unauthorized', status: 401 } });
    });

    it('keeps a bare 500 to a request with a key a failing server', async () => {
      simulator().setRouteFault('models', { fault: 'status', status: 500, body: 'Internal Server Error' });
      const report = await discover(simulator().url, MASTER);
      expect(report).toMatchObject({ status: 'unreachable', error: { code: 'upstream', status: 500 } });
    });
  });
});
