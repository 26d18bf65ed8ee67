import { type KeyScope } from '@modelgate/provider-contracts';
import { ModelRegistryImpl } from './model-registry';
import { dynamicProvider, staticProvider } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

const openai = staticProvider('openai');
const litellm = dynamicProvider('litellm');
// Tests only need distinct, stable ids; the runtime binds the keyed hash.
const scopes: KeyScope = { of: (apiKey) => `scope-of-${apiKey.length}-${apiKey.slice(-1)}` };

function registry(maxKeyScopes = 1000) {
  return new ModelRegistryImpl([openai, litellm], { maxKeyScopes }, scopes);
}

const teamA = scopes.of('sk-team-a');
const teamB = scopes.of('sk-team-b');

describe('a registry with models per key scope', () => {
  it('keeps each scope list apart from the others and from the module key list', () => {
    const models = registry();
    models.setDynamicModels('litellm', [modelInfo('litellm', 'shared')]);
    models.setDynamicModels('litellm', [modelInfo('litellm', 'a-only')], teamA);
    models.setDynamicModels('litellm', [modelInfo('litellm', 'b-only')], teamB);
    expect(models.getModels('litellm').map((m) => m.id)).toEqual(['litellm/shared']);
    expect(models.getModels('litellm', teamA).map((m) => m.id)).toEqual(['litellm/a-only']);
    expect(models.getModels(undefined, teamB).map((m) => m.id)).toEqual([
      ...openai.models.map((m) => m.id),
      'litellm/b-only',
    ]);
    expect(models.getModel('litellm/a-only', teamA)?.id).toBe('litellm/a-only');
    expect(models.getModel('litellm/a-only', teamB)).toBeUndefined();
    expect(models.getModel('litellm/a-only')).toBeUndefined();
  });

  it('refuses, as model_not_found, a model outside a discovered scope, even one another scope lists', () => {
    const models = registry();
    models.setDynamicModels('litellm', [modelInfo('litellm', 'a-only')], teamA);
    models.setDynamicModels('litellm', [modelInfo('litellm', 'b-only')], teamB);
    expect(models.getProviderFromModel('litellm/a-only', teamA).id).toBe('litellm');
    const error = thrown(() => models.getProviderFromModel('litellm/b-only', teamA));
    expect(error.code).toBe('model_not_found');
    expect(error.message).toBe('Model "litellm/b-only" is not among the models of this key');
    // Static catalogues are no key's: every scope reaches them.
    expect(models.getProviderFromModel(openai.models[0]!.id, teamA).id).toBe('openai');
  });

  it('leaves a scope never discovered to the gateway, as the module key is before its discovery', () => {
    const models = registry();
    expect(models.getProviderFromModel('litellm/anything', scopes.of('sk-new-tenant')).id).toBe('litellm');
  });

  it('evicts the least recently used scope past maxKeyScopes, and reading a scope keeps it', () => {
    const models = registry(2);
    const [one, two, three] = ['sk-1', 'sk-2', 'sk-3'].map((key) => scopes.of(key)) as [string, string, string];
    models.setDynamicModels('litellm', [modelInfo('litellm', 'one')], one);
    models.setDynamicModels('litellm', [modelInfo('litellm', 'two')], two);
    models.getProviderFromModel('litellm/one', one);
    models.setDynamicModels('litellm', [modelInfo('litellm', 'three')], three);
    expect(models.hasScope('litellm', one)).toBe(true);
    expect(models.hasScope('litellm', two)).toBe(false);
    expect(models.hasScope('litellm', three)).toBe(true);
    expect(models.getModels('litellm', two)).toEqual([]);
  });

  it('stays bounded however many scopes discovery brings', () => {
    const models = registry(50);
    for (let i = 0; i < 5000; i += 1) models.setDynamicModels('litellm', [modelInfo('litellm', `m${i}`)], `scope-${i}`);
    const kept = Array.from({ length: 5000 }, (_, i) => models.hasScope('litellm', `scope-${i}`)).filter(Boolean);
    expect(kept).toHaveLength(50);
    expect(models.hasScope('litellm', 'scope-4999')).toBe(true);
  });

  it('derives scope ids through the bound KeyScope, and without one says what is missing', () => {
    expect(registry().scopeOf('sk-team-a')).toBe(teamA);
    const error = thrown(() => new ModelRegistryImpl([litellm]).scopeOf('sk-team-a'));
    expect(error.code).toBe('misconfigured');
    expect(error.message).not.toContain('sk-team-a');
  });

  it('refuses a discovered list that is not the provider, leaving the scope as it was', () => {
    const models = registry();
    models.setDynamicModels('litellm', [modelInfo('litellm', 'a-only')], teamA);
    expect(thrown(() => models.setDynamicModels('litellm', [modelInfo('openai', 'gpt')], teamA)).code).toBe('invalid_response');
    expect(models.getModels('litellm', teamA).map((m) => m.id)).toEqual(['litellm/a-only']);
  });
});
