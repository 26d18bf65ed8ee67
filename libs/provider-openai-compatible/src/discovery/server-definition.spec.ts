import { ProviderDefinition } from '@modelgate/provider-contracts';
import { discoveredServerDefinition } from './server-definition';

describe('discoveredServerDefinition', () => {
  const definition = discoveredServerDefinition({ id: 'acme', name: 'Acme', description: 'A test server' });

  it('is a valid provider definition whose prefix is its id', () => {
    expect(ProviderDefinition.parse(definition)).toEqual(definition);
    expect(definition.modelPrefix).toBe('acme/');
  });

  it('is dynamic, needs no user key and has no made-up default model', () => {
    expect(definition).toMatchObject({ kind: 'dynamic', requiresUserApiKey: false, defaultModel: '', models: [] });
  });

  it('speaks the openai-compatible wire format', () => {
    expect(definition.family).toBe('openai-compatible');
  });

  it('takes its icon from the id unless one is given', () => {
    expect(definition.icon).toBe('acme');
    expect(discoveredServerDefinition({ id: 'acme', name: 'Acme', description: '', icon: 'server' }).icon).toBe('server');
  });
});
