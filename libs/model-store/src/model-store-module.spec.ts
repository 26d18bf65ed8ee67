import { Container, ContainerModule } from 'inversify';
import { ModelDiscovery, ProviderDefinitionToken, RegistryConfigToken } from '@modelgate/provider-contracts';
import { ModelRegistry, modelRegistryModule } from '@modelgate/model-registry';
import { ModelStore, type ModelStoreApi } from './create-model-store';
import { ModelLoader } from './model-loader';
import { modelStoreModule } from './model-store-module';
import { selectModels, selectStatus } from './selectors';
import { definition, staticDefinition } from './test-support/definitions';
import { ControlledDiscovery, flush, report } from './test-support/fake-discovery';

function gatewayModule(discovery: ModelDiscovery): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(ProviderDefinitionToken).toConstantValue(definition(discovery.providerId));
    bind(ModelDiscovery).toConstantValue(discovery);
  });
}

const openaiModule = new ContainerModule(({ bind }) => {
  bind(ProviderDefinitionToken).toConstantValue(staticDefinition('openai', ['gpt-4o']));
});

async function compose(...modules: ContainerModule[]): Promise<Container> {
  const container = new Container();
  await container.load(modelRegistryModule, ...modules, modelStoreModule);
  return container;
}

describe('modelStoreModule', () => {
  it('tracks every provider, static catalogues ready from the start and gateways idle', async () => {
    const container = await compose(openaiModule, gatewayModule(new ControlledDiscovery('litellm')));
    const state = container.get<ModelStoreApi>(ModelStore).getState();
    expect(Object.keys(state.providers)).toEqual(['openai', 'litellm']);
    expect(selectStatus('openai')(state)).toBe('ready');
    expect(selectModels('openai')(state).map((m) => m.id)).toEqual(['openai/gpt-4o']);
    expect(selectStatus('litellm')(state)).toBe('idle');
  });

  it('marks a static provider empty when configuration denies its whole catalogue', async () => {
    const container = new Container();
    container.bind(RegistryConfigToken).toConstantValue({ deny: ['openai/gpt-4o'] });
    await container.load(modelRegistryModule, openaiModule, modelStoreModule);
    expect(selectStatus('openai')(container.get<ModelStoreApi>(ModelStore).getState())).toBe('empty');
  });

  it('binds one store and one loader, which keeps the registry and the store in step', async () => {
    const litellm = new ControlledDiscovery('litellm');
    const container = await compose(openaiModule, gatewayModule(litellm));
    const loader = container.get(ModelLoader);
    expect(container.get(ModelLoader)).toBe(loader);
    const store = container.get<ModelStoreApi>(ModelStore);
    expect(container.get(ModelStore)).toBe(store);

    const refresh = loader.refresh();
    await flush();
    litellm.call(0).resolve(report('litellm', ['gpt-4o']));
    await refresh;
    expect(selectModels('litellm')(store.getState()).map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(container.get<ModelRegistry>(ModelRegistry).getModel('litellm/gpt-4o')).toBeDefined();
  });

  it('runs each gateway module through its own discovery', async () => {
    const litellm = new ControlledDiscovery('litellm');
    const vllm = new ControlledDiscovery('vllm');
    const container = await compose(gatewayModule(litellm), gatewayModule(vllm));
    const refresh = container.get(ModelLoader).refresh();
    await flush();
    litellm.call(0).resolve(report('litellm', ['a']));
    vllm.call(0).resolve(report('vllm', []));
    expect((await refresh).map((r) => [r.provider, r.status])).toEqual([['litellm', 'ready'], ['vllm', 'empty']]);
  });

  it('works without any discovery bound', async () => {
    const container = await compose(openaiModule);
    await expect(container.get(ModelLoader).refresh()).resolves.toEqual([]);
  });
});
