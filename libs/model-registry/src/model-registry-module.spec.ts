import { Container, ContainerModule } from 'inversify';
import { ProviderDefinitionToken, RegistryConfigToken } from '@modelgate/provider-contracts';
import { ModelRegistry, ModelRegistryImpl } from './model-registry';
import { modelRegistryModule } from './model-registry-module';
import { dynamicProvider, staticProvider } from './test-support/fixtures';

const openaiModule = new ContainerModule(({ bind }) => {
  bind(ProviderDefinitionToken).toConstantValue(staticProvider('openai'));
});
const litellmModule = new ContainerModule(({ bind }) => {
  bind(ProviderDefinitionToken).toConstantValue(dynamicProvider('litellm'));
});

describe('modelRegistryModule', () => {
  it('collects the definitions every provider module contributes', async () => {
    const container = new Container();
    await container.load(openaiModule, modelRegistryModule, litellmModule);
    const registry = container.get<ModelRegistry>(ModelRegistry);
    expect(registry.getProviders().map((p) => p.id)).toEqual(['openai', 'litellm']);
    expect(registry.getProviderFromModel('litellm/gpt-4o').id).toBe('litellm');
    expect(registry.getProviderFromModel('openai/large').id).toBe('openai');
  });

  it('binds one registry for the whole container', async () => {
    const container = new Container();
    await container.load(modelRegistryModule, litellmModule);
    const registry = container.get<ModelRegistry>(ModelRegistry);
    expect(registry).toBeInstanceOf(ModelRegistryImpl);
    expect(container.get(ModelRegistry)).toBe(registry);
  });

  it('starts empty when no provider module is loaded', async () => {
    const container = new Container();
    await container.load(modelRegistryModule);
    expect(container.get<ModelRegistry>(ModelRegistry).getProviders()).toEqual([]);
  });

  it('applies the deny list the app binds', async () => {
    const container = new Container();
    container.bind(RegistryConfigToken).toConstantValue({ deny: ['openai'] });
    await container.load(openaiModule, litellmModule, modelRegistryModule);
    const registry = container.get<ModelRegistry>(ModelRegistry);
    expect(registry.getProviders().map((p) => p.id)).toEqual(['litellm']);
    expect(registry.isDenied('openai/large')).toBe(true);
  });

  it('fails on resolution when two modules define the same provider', async () => {
    const container = new Container();
    await container.load(litellmModule, litellmModule, modelRegistryModule);
    expect(() => container.get(ModelRegistry)).toThrow('Provider "litellm" is defined twice');
  });
});
