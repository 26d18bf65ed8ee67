import { ModelRegistryImpl } from '@modelgate/model-registry';
import { createModelStore } from './create-model-store';
import { ModelLoader } from './model-loader';
import { selectScopedProvider } from './selectors';
import { definition } from './test-support/definitions';
import { ControlledDiscovery, failure, flush, report } from './test-support/fake-discovery';
import { rejection } from '@modelgate/testing';

const scopeA = { id: 'scope-a', apiKey: 'sk-team-a' };
const scopeB = { id: 'scope-b', apiKey: 'sk-team-b' };

function setup(maxKeyScopes = 1000) {
  const litellm = new ControlledDiscovery('litellm');
  const registry = new ModelRegistryImpl([definition('litellm')], { maxKeyScopes });
  const store = createModelStore(['litellm']);
  const loader = new ModelLoader(registry, store, [litellm]);
  const scoped = (scope: string) => selectScopedProvider('litellm', scope)(store.getState());
  return { litellm, registry, store, loader, scoped };
}

describe('ModelLoader.refresh with a key scope', () => {
  it('asks with the scope key and puts the answer under that scope alone', async () => {
    const { litellm, loader, registry, store, scoped } = setup();
    const refresh = loader.refresh({ providerId: 'litellm', scope: scopeA });
    await flush();
    expect(litellm.call(0).apiKey).toBe('sk-team-a');
    expect(scoped('scope-a')?.status).toBe('loading');
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await refresh;
    expect(scoped('scope-a')?.models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(registry.getModels('litellm', 'scope-a').map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(store.getState().providers['litellm']!.status).toBe('idle');
    expect(registry.getModels('litellm')).toEqual([]);
  });

  it('runs one discovery per scope: two keys asking at once never share an answer', async () => {
    const { litellm, loader, scoped } = setup();
    const a = loader.refresh({ providerId: 'litellm', scope: scopeA });
    const b = loader.refresh({ providerId: 'litellm', scope: scopeB });
    const sameA = loader.refresh({ providerId: 'litellm', scope: scopeA });
    await flush();
    expect(litellm.calls.map((call) => call.apiKey)).toEqual(['sk-team-a', 'sk-team-b']);
    litellm.call(1).resolve(report('litellm', ['claude']));
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    const [[reportA], [reportB], [reportSameA]] = await Promise.all([a, b, sameA]);
    expect(reportA!.models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(reportB!.models.map((m) => m.id)).toEqual(['litellm/claude']);
    expect(reportSameA).toBe(reportA);
    expect(scoped('scope-b')?.models.map((m) => m.id)).toEqual(['litellm/claude']);
  });

  it('keeps a scope models through a failure, as the module key state does', async () => {
    const { litellm, loader, scoped } = setup();
    const first = loader.refresh({ providerId: 'litellm', scope: scopeA });
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await first;
    const second = loader.refresh({ providerId: 'litellm', scope: scopeA });
    await flush();
    litellm.call(1).resolve(failure('litellm', 'unauthorized', 'Key refused'));
    await second;
    expect(scoped('scope-a')).toMatchObject({ status: 'unauthorized', models: [{ id: 'litellm/gpt-4o' }] });
  });

  it('puts the scope state back when its only caller aborts, and ignores the late answer', async () => {
    const { litellm, loader, scoped } = setup();
    const controller = new AbortController();
    const refresh = loader.refresh({ providerId: 'litellm', scope: scopeA, signal: controller.signal });
    await flush();
    controller.abort();
    expect((await rejection(refresh)).code).toBe('aborted');
    expect(scoped('scope-a')).toMatchObject({ status: 'idle', models: [] });
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await flush();
    expect(scoped('scope-a')).toMatchObject({ status: 'idle', models: [] });
  });

  it('lets the store forget the scopes the registry evicts, so both stay bounded', async () => {
    const { litellm, loader, store } = setup(2);
    for (let i = 0; i < 6; i += 1) {
      const refresh = loader.refresh({ providerId: 'litellm', scope: { id: `scope-${i}`, apiKey: `sk-${i}` } });
      await flush();
      litellm.call(i).resolve(report('litellm', [`m${i}`]));
      await refresh;
    }
    expect(Object.keys(store.getState().keyScopes ?? {})).toEqual(['scope-4', 'scope-5']);
  });
});
