import { createModelStore, selectProvider } from '@modelgate/model-store';
import { type DiscoveryReport, type ModelDiscovery, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { createModelRefresher } from './refresh-models';
import { discoveryReport } from '@modelgate/testing';

const model = {
  id: 'litellm/a',
  provider: 'litellm',
  name: 'a',
  mode: 'chat' as const,
  contextWindow: null,
  maxOutputTokens: null,
  pricing: { inputPerToken: null, outputPerToken: null },
  capabilities: UNKNOWN_CAPABILITIES,
};

const report = (overrides: Partial<DiscoveryReport>): DiscoveryReport => discoveryReport([model], overrides);

/** A discovery answering the queued reports in turn, each when its `release` is called. */
function scriptedDiscovery() {
  const pending: ((value: DiscoveryReport) => void)[] = [];
  const discovery: ModelDiscovery = {
    providerId: 'litellm',
    discover: () => new Promise((resolve) => pending.push(resolve)),
  };
  return { discovery, answer: (index: number, value: DiscoveryReport) => pending[index]!(value) };
}

describe('createModelRefresher', () => {
  it('shows loading, then the models', async () => {
    const store = createModelStore(['litellm']);
    const { discovery, answer } = scriptedDiscovery();
    const refreshing = createModelRefresher(store, discovery)();
    expect(selectProvider('litellm')(store.getState())?.status).toBe('loading');
    answer(0, report({}));
    await refreshing;
    expect(selectProvider('litellm')(store.getState())).toMatchObject({ status: 'ready', models: [model], error: null });
  });

  it('keeps the models shown when the proxy goes down, with the reason', async () => {
    const store = createModelStore(['litellm']);
    const { discovery, answer } = scriptedDiscovery();
    const refresh = createModelRefresher(store, discovery);
    const first = refresh();
    answer(0, report({}));
    await first;
    const second = refresh();
    answer(1, report({ status: 'unreachable', models: [], error: { code: 'unreachable', message: 'down' } }));
    await second;
    expect(selectProvider('litellm')(store.getState())).toMatchObject({ status: 'unreachable', models: [model], error: { message: 'down' } });
  });

  it('lets only the latest refresh write its answer', async () => {
    const store = createModelStore(['litellm']);
    const { discovery, answer } = scriptedDiscovery();
    const refresh = createModelRefresher(store, discovery);
    const slow = refresh();
    const fast = refresh();
    answer(1, report({ status: 'empty', models: [] }));
    await fast;
    answer(0, report({}));
    await slow;
    expect(selectProvider('litellm')(store.getState())?.status).toBe('empty');
  });
});
