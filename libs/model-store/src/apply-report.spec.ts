import { ModelRegistryImpl } from '@modelgate/model-registry';
import { applyReport } from './apply-report';
import { createModelStore } from './create-model-store';
import { definition } from './test-support/definitions';
import { failure, report } from './test-support/fake-discovery';
import { modelInfo } from '@modelgate/testing';

function setup(deny: string[] = []) {
  const registry = new ModelRegistryImpl([definition('litellm')], { deny });
  const store = createModelStore(['litellm']);
  return { registry, store, litellm: () => store.getState().providers['litellm']! };
}

describe('applyReport', () => {
  it('puts ready models into the registry and the store', () => {
    const { registry, store, litellm } = setup();
    const applied = applyReport(registry, store, report('litellm', ['gpt-4o']));
    expect(applied.status).toBe('ready');
    expect(registry.getModel('litellm/gpt-4o')).toEqual(modelInfo('litellm', 'gpt-4o'));
    expect(litellm()).toEqual({
      models: [modelInfo('litellm', 'gpt-4o')],
      status: 'ready',
      error: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('empties both on an empty answer', () => {
    const { registry, store, litellm } = setup();
    applyReport(registry, store, report('litellm', ['gpt-4o']));
    applyReport(registry, store, report('litellm', []));
    expect(registry.getModels('litellm')).toEqual([]);
    expect(litellm().status).toBe('empty');
    expect(litellm().models).toEqual([]);
  });

  it('keeps the previous models in both on a failure, with its status and error', () => {
    const { registry, store, litellm } = setup();
    applyReport(registry, store, report('litellm', ['gpt-4o']));
    const applied = applyReport(registry, store, failure('litellm', 'unreachable', 'Proxy did not answer'));
    expect(applied.status).toBe('unreachable');
    expect(registry.getModels('litellm').map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(litellm()).toEqual({
      models: [modelInfo('litellm', 'gpt-4o')],
      status: 'unreachable',
      error: { code: 'unreachable', message: 'Proxy did not answer' },
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
  });

  it('fills in an error for a failure report that left it out', () => {
    const { registry, store, litellm } = setup();
    const applied = applyReport(registry, store, { ...failure('litellm', 'unauthorized', 'x'), error: null });
    expect(applied.error).toEqual({ code: 'unauthorized', message: 'Discovery for "litellm" ended as unauthorized' });
    expect(litellm().error).toEqual(applied.error);
  });

  it('stores only the models the registry kept, and calls an all-denied answer empty', () => {
    const { registry, store, litellm } = setup(['litellm/*-preview']);
    expect(applyReport(registry, store, report('litellm', ['a', 'b-preview'])).models.map((m) => m.id)).toEqual(['litellm/a']);
    expect(litellm().models.map((m) => m.id)).toEqual(['litellm/a']);
    expect(applyReport(registry, store, report('litellm', ['b-preview'])).status).toBe('empty');
  });

  it('turns models the registry refuses into an invalid_response failure, keeping the previous models', () => {
    const { registry, store, litellm } = setup();
    applyReport(registry, store, report('litellm', ['gpt-4o']));
    const twice = report('litellm', ['a', 'a']);
    const applied = applyReport(registry, store, twice);
    expect(applied.status).toBe('invalid_response');
    expect(applied.error?.code).toBe('invalid_response');
    expect(applied.error?.message).toContain('"litellm/a" is listed twice');
    expect(litellm().models.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(registry.getModel('litellm/a')).toBeUndefined();
  });
});
