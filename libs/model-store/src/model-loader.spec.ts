import { type ModelDiscovery, type ProviderDefinition } from '@modelgate/provider-contracts';
import { ModelRegistryImpl } from '@modelgate/model-registry';
import { createModelStore } from './create-model-store';
import { ModelLoader } from './model-loader';
import { definition, staticDefinition } from './test-support/definitions';
import { ControlledDiscovery, failure, flush, report } from './test-support/fake-discovery';
import { rejection } from '@modelgate/testing';

function setup(options: { definitions?: ProviderDefinition[]; discoveries?: ModelDiscovery[]; deny?: string[] } = {}) {
  const litellm = new ControlledDiscovery('litellm');
  const vllm = new ControlledDiscovery('vllm');
  const definitions = options.definitions ?? [staticDefinition('openai', ['gpt-4o']), definition('litellm'), definition('vllm')];
  const registry = new ModelRegistryImpl(definitions, { deny: options.deny ?? [] });
  const store = createModelStore(registry.getProviders().map((p) => p.id));
  const loader = new ModelLoader(registry, store, options.discoveries ?? [litellm, vllm]);
  const state = (id: string) => store.getState().providers[id]!;
  const ids = (id: string) => registry.getModels(id).map((m) => m.id);
  return { litellm, vllm, registry, store, loader, state, ids };
}

describe('ModelLoader.refresh', () => {
  it('discovers every dynamic provider and returns their reports in provider order', async () => {
    const { litellm, vllm, loader, ids } = setup();
    const refresh = loader.refresh();
    await flush();
    vllm.call(0).resolve(report('vllm', ['llama']));
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    const reports = await refresh;
    expect(reports.map((r) => [r.provider, r.status])).toEqual([['litellm', 'ready'], ['vllm', 'ready']]);
    expect(ids('litellm')).toEqual(['litellm/gpt-4o']);
    expect(ids('vllm')).toEqual(['vllm/llama']);
  });

  it('shows loading while discovery runs, keeping the models already shown', async () => {
    const { litellm, loader, state } = setup();
    const first = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await first;
    void loader.refresh({ providerId: 'litellm' });
    expect(state('litellm').status).toBe('loading');
    expect(state('litellm').models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    await flush();
    litellm.call(1).resolve(report('litellm', ['o1']));
    await flush();
    expect(state('litellm')).toMatchObject({ status: 'ready', error: null });
  });

  it('puts an empty answer into registry and store', async () => {
    const { litellm, loader, state, ids } = setup();
    const refresh = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(0).resolve(report('litellm', []));
    expect((await refresh)[0]!.status).toBe('empty');
    expect(state('litellm')).toMatchObject({ status: 'empty', models: [] });
    expect(ids('litellm')).toEqual([]);
  });

  it('keeps the previous models in registry and store when discovery fails', async () => {
    const { litellm, loader, state, ids } = setup();
    const first = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await first;
    const second = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(1).resolve(failure('litellm', 'unauthorized', 'The key may not list models'));
    expect((await second)[0]!.status).toBe('unauthorized');
    expect(state('litellm')).toMatchObject({
      status: 'unauthorized',
      error: { code: 'unauthorized', message: 'The key may not list models' },
    });
    expect(state('litellm').models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(ids('litellm')).toEqual(['litellm/gpt-4o']);
  });

  it('turns a discovery that throws into an invalid_response report without failing the others', async () => {
    const { litellm, vllm, loader, state } = setup();
    const refresh = loader.refresh();
    await flush();
    litellm.call(0).reject(new Error('socket hang up'));
    vllm.call(0).resolve(report('vllm', ['llama']));
    const reports = await refresh;
    expect(reports.map((r) => r.status)).toEqual(['invalid_response', 'ready']);
    expect(state('litellm')).toMatchObject({ status: 'invalid_response', error: { code: 'invalid_response' } });
  });

  it('reports a dynamic provider without a discovery as misconfigured', async () => {
    const vllm = new ControlledDiscovery('vllm');
    const { loader, state } = setup({ discoveries: [vllm] });
    const reports = await loader.refresh({ providerId: 'litellm' });
    expect(reports[0]).toMatchObject({ provider: 'litellm', status: 'misconfigured' });
    expect(state('litellm').status).toBe('misconfigured');
  });

  it('rejects a named provider that is unknown, static or denied', async () => {
    const { loader } = setup({ deny: ['vllm'] });
    expect((await rejection(loader.refresh({ providerId: 'anthropic' }))).code).toBe('misconfigured');
    expect((await rejection(loader.refresh({ providerId: 'openai' }))).message).toBe(
      'Provider "openai" has a static catalogue; there is nothing to discover',
    );
    expect((await rejection(loader.refresh({ providerId: 'vllm' }))).code).toBe('forbidden');
  });

  it('leaves a denied provider out of a full refresh', async () => {
    const { litellm, vllm, loader } = setup({ deny: ['vllm'] });
    const refresh = loader.refresh();
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    expect((await refresh).map((r) => r.provider)).toEqual(['litellm']);
    expect(vllm.calls).toHaveLength(0);
  });

  it('resolves with no reports when no provider is dynamic', async () => {
    const { loader } = setup({ definitions: [staticDefinition('openai', ['gpt-4o'])], discoveries: [] });
    await expect(loader.refresh()).resolves.toEqual([]);
  });

  it('refuses two discoveries for one provider', () => {
    const { registry, store } = setup();
    const twice = [new ControlledDiscovery('litellm'), new ControlledDiscovery('litellm')];
    expect(() => new ModelLoader(registry, store, twice)).toThrow('Two model discoveries are bound for provider "litellm"');
  });
});

describe('ModelLoader concurrent refreshes', () => {
  it('share one discovery and one report', async () => {
    const { litellm, vllm, loader } = setup();
    const first = loader.refresh({ providerId: 'litellm' });
    const second = loader.refresh();
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    vllm.call(0).resolve(report('vllm', []));
    const [a, b] = await Promise.all([first, second]);
    expect(litellm.calls).toHaveLength(1);
    expect(b[0]).toBe(a[0]);
  });

  it("send the headers of the refresh that started the discovery; a refresh that joins it adds none", async () => {
    const { litellm, vllm, loader } = setup();
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const first = loader.refresh({ providerId: 'litellm', headers: { traceparent } });
    const second = loader.refresh({ headers: { traceparent: '00-11111111111111111111111111111111-2222222222222222-01' } });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    vllm.call(0).resolve(report('vllm', []));
    await Promise.all([first, second]);
    expect(litellm.calls.map((call) => call.headers)).toEqual([{ traceparent }]);
    expect(vllm.call(0).headers).toEqual({ traceparent: '00-11111111111111111111111111111111-2222222222222222-01' });
  });

  it('start a new discovery once the shared one has answered', async () => {
    const { litellm, loader } = setup();
    const first = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await first;
    void loader.refresh({ providerId: 'litellm' });
    await flush();
    expect(litellm.calls).toHaveLength(2);
  });

  it('drop a slow answer that arrives after a newer refresh has applied', async () => {
    const { litellm, loader, state, ids } = setup();
    const slowCaller = new AbortController();
    const slow = rejection(loader.refresh({ providerId: 'litellm', signal: slowCaller.signal }));
    await flush();
    slowCaller.abort();
    const fast = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(1).resolve(report('litellm', ['new']));
    await fast;
    // The first discovery ignored its abort signal and answers last, with an older list.
    litellm.call(0).resolve(report('litellm', ['old']));
    await flush();
    expect((await slow).code).toBe('aborted');
    expect(ids('litellm')).toEqual(['litellm/new']);
    expect(state('litellm').models.map((m) => m.id)).toEqual(['litellm/new']);
  });
});

describe('ModelLoader abort', () => {
  it('rejects as aborted, restores the store and never applies the late answer', async () => {
    const { litellm, loader, state, store, ids } = setup();
    const before = state('litellm');
    const caller = new AbortController();
    const refresh = loader.refresh({ providerId: 'litellm', signal: caller.signal });
    await flush();
    expect(state('litellm').status).toBe('loading');
    caller.abort();
    const error = await rejection(refresh);
    expect(error.code).toBe('aborted');
    expect(error.message).toBe('Model refresh of "litellm" was aborted');
    expect(store.getState().providers['litellm']).toBe(before);
    expect(litellm.call(0).signal?.aborted).toBe(true);
    litellm.call(0).resolve(report('litellm', ['late']));
    await flush();
    expect(state('litellm')).toBe(before);
    expect(ids('litellm')).toEqual([]);
  });

  it('restores the previous models and status, not idle', async () => {
    const { litellm, loader, state } = setup();
    const first = loader.refresh({ providerId: 'litellm' });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await first;
    const caller = new AbortController();
    const second = rejection(loader.refresh({ providerId: 'litellm', signal: caller.signal }));
    caller.abort();
    await second;
    expect(state('litellm')).toMatchObject({ status: 'ready', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(state('litellm').models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
  });

  it('rejects at once for a signal aborted before the call, touching nothing', async () => {
    const { litellm, loader, store } = setup();
    const before = store.getState();
    const error = await rejection(loader.refresh({ signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(error.message).toBe('Model refresh was aborted');
    await flush();
    expect(litellm.calls).toHaveLength(0);
    expect(store.getState()).toBe(before);
  });

  it('restores every provider of an aborted full refresh', async () => {
    const { litellm, vllm, loader, state } = setup();
    const caller = new AbortController();
    const refresh = rejection(loader.refresh({ signal: caller.signal }));
    await flush();
    caller.abort();
    expect((await refresh).code).toBe('aborted');
    expect([state('litellm').status, state('vllm').status]).toEqual(['idle', 'idle']);
    expect([litellm.call(0).signal?.aborted, vllm.call(0).signal?.aborted]).toEqual([true, true]);
  });

  it("does not abort the discovery other callers still wait on", async () => {
    const { litellm, loader, state } = setup();
    const leaving = new AbortController();
    const left = rejection(loader.refresh({ providerId: 'litellm', signal: leaving.signal }));
    const staying = loader.refresh({ providerId: 'litellm', signal: new AbortController().signal });
    await flush();
    leaving.abort();
    expect((await left).code).toBe('aborted');
    expect(litellm.call(0).signal?.aborted).toBe(false);
    expect(state('litellm').status).toBe('loading');
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    expect((await staying)[0]!.status).toBe('ready');
    expect(state('litellm').status).toBe('ready');
  });

  it('aborts the shared discovery once every caller has aborted', async () => {
    const { litellm, loader, state } = setup();
    const one = new AbortController();
    const two = new AbortController();
    const first = rejection(loader.refresh({ providerId: 'litellm', signal: one.signal }));
    const second = rejection(loader.refresh({ providerId: 'litellm', signal: two.signal }));
    await flush();
    one.abort();
    expect(litellm.call(0).signal?.aborted).toBe(false);
    two.abort();
    expect(litellm.call(0).signal?.aborted).toBe(true);
    expect([(await first).code, (await second).code]).toEqual(['aborted', 'aborted']);
    expect(state('litellm').status).toBe('idle');
  });

  it('never aborts a discovery that a caller without a signal waits on', async () => {
    const { litellm, loader } = setup();
    const caller = new AbortController();
    const aborted = rejection(loader.refresh({ providerId: 'litellm', signal: caller.signal }));
    const patient = loader.refresh({ providerId: 'litellm' });
    await flush();
    caller.abort();
    await aborted;
    expect(litellm.call(0).signal?.aborted).toBe(false);
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    expect((await patient)[0]!.status).toBe('ready');
  });

  it('ignores an abort that comes after the answer was applied, even from a store subscriber', async () => {
    const { litellm, loader, state, store } = setup();
    const caller = new AbortController();
    const refresh = loader.refresh({ providerId: 'litellm', signal: caller.signal });
    // A view that stops waiting as soon as it sees models: the answer is in by then.
    const unsubscribe = store.subscribe((next) => {
      if (next.providers['litellm']!.status === 'ready') caller.abort();
    });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    const reports = await refresh;
    unsubscribe();
    expect(caller.signal.aborted).toBe(true);
    expect(reports[0]!.status).toBe('ready');
    expect(state('litellm').status).toBe('ready');
  });
});
