import { type ModelInfo } from '@modelgate/provider-contracts';
import { modelListProblem } from './model-list-problem';
import { dynamicProvider } from './test-support/fixtures';
import { modelInfo } from '@modelgate/testing';

const litellm = dynamicProvider('litellm');

describe('modelListProblem', () => {
  it('accepts models that carry the provider id and prefix, nested names included', () => {
    expect(modelListProblem(litellm, [modelInfo('litellm', 'gpt-4o'), modelInfo('litellm', 'openai/o1')])).toBeNull();
  });

  it('accepts an empty list', () => {
    expect(modelListProblem(litellm, [])).toBeNull();
  });

  it('names a model that carries another provider id', () => {
    const stray = modelInfo('litellm', 'gpt-4o', { provider: 'vllm' });
    expect(modelListProblem(litellm, [stray])).toBe('model "litellm/gpt-4o" names provider "vllm", not "litellm"');
  });

  it('names a model without the provider prefix', () => {
    const stray = modelInfo('litellm', 'gpt-4o', { id: 'gpt-4o' });
    expect(modelListProblem(litellm, [stray])).toContain('does not start with the prefix "litellm/"');
  });

  it('rejects an id that is only the prefix', () => {
    const bare = modelInfo('litellm', 'x', { id: 'litellm/' });
    expect(modelListProblem(litellm, [bare])).toContain('prefix');
  });

  it('names a model listed twice', () => {
    const model = modelInfo('litellm', 'gpt-4o');
    expect(modelListProblem(litellm, [model, model])).toBe('model "litellm/gpt-4o" is listed twice');
  });

  it('checks against the index it is given, and adds each model that passed to it', () => {
    const added: string[] = [];
    const index = { has: (id: string) => id === 'litellm/taken', add: (model: ModelInfo) => added.push(model.id) };
    const models = [modelInfo('litellm', 'a'), modelInfo('litellm', 'taken'), modelInfo('litellm', 'b')];
    expect(modelListProblem(litellm, models, index)).toBe('model "litellm/taken" is listed twice');
    expect(added).toEqual(['litellm/a']);
  });
});
