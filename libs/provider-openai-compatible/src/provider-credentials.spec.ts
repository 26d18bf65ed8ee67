import { createHash } from 'node:crypto';
import { modelInfo, MODES, rejection, run } from '@modelgate/testing';
import { type KeyScope } from '@modelgate/provider-contracts';
import { ask, providerFor, useSimulator } from './test-support/harness';

const MASTER = 'sk-master-credentials-suite';
const TENANT = 'sk-tenant-credentials-0001';
const keyScope: KeyScope = { of: (key) => createHash('sha256').update(key).digest('hex') };
const addTool = { name: 'add', parameters: { type: 'object' } };

describe('a call with its own credentials', () => {
  const simulator = useSimulator({ masterKey: MASTER, keys: [{ key: TENANT }] });

  it.each(MODES)('sends the call key on every turn of the tool loop, not the module key (%s)', async (mode) => {
    const provider = providerFor(simulator(), { config: { apiKey: MASTER }, keyScope });
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'add', arguments: {} }] }, { text: 'done' });
    await run(provider, ask('go', { tools: [addTool], credentials: { apiKey: TENANT } }), mode);
    const sent = simulator().chatRequests.map((request) => request.headers['authorization']);
    expect(sent).toEqual([`Bearer ${TENANT}`, `Bearer ${TENANT}`]);
  });

  it('reaches a proxy even when the module has no key of its own', async () => {
    const provider = providerFor(simulator(), { keyScope });
    const result = await provider.chat(ask('hi', { credentials: { apiKey: TENANT } }));
    expect(result.finishReason.unified).toBe('stop');
    expect(simulator().chatRequests[0]!.headers['authorization']).toBe(`Bearer ${TENANT}`);
  });

  it('prices the call from the model as its key scope discovered it', async () => {
    const scopedPrices = { inputPerToken: 1e-6, outputPerToken: 2e-6 };
    const provider = providerFor(simulator(), {
      keyScope,
      onRegistry: (registry) =>
        registry.setDynamicModels('litellm', [modelInfo('litellm', 'tenant-model', { pricing: scopedPrices })], keyScope.of(TENANT)),
    });
    simulator().setModels([{ id: 'tenant-model' }]);
    const result = await provider.chat(ask('hi', { model: 'litellm/tenant-model', credentials: { apiKey: TENANT } }));
    const { inputTokens, outputTokens } = result.usage;
    expect(result.cost.source).toBe('price-table');
    expect(result.cost.usd).toBeCloseTo(inputTokens! * 1e-6 + outputTokens! * 2e-6, 12);
  });

  it('refuses a named credential that nobody resolved, before any request', async () => {
    const provider = providerFor(simulator(), { keyScope });
    const error = await rejection(provider.chat(ask('hi', { credentials: { name: 'tenant-a' } })));
    expect(error.code).toBe('misconfigured');
    expect(simulator().requests).toHaveLength(0);
  });
});
