import { ModelTable } from './model-table';
import { dynamicProvider } from './test-support/fixtures';
import { modelInfo } from '@modelgate/testing';

const litellm = dynamicProvider('litellm');
const vllm = dynamicProvider('vllm');

describe('ModelTable', () => {
  it('lists nothing for a provider it has not been given', () => {
    expect(new ModelTable().list('litellm')).toEqual([]);
  });

  it('finds each model of a list by id, with its provider', () => {
    const table = new ModelTable();
    const model = modelInfo('litellm', 'gpt-4o');
    table.replace(litellm, [model]);
    expect(table.get('litellm/gpt-4o')).toEqual({ model, provider: litellm });
  });

  it('forgets the models of the list it replaces', () => {
    const table = new ModelTable();
    table.replace(litellm, [modelInfo('litellm', 'old')]);
    table.replace(litellm, [modelInfo('litellm', 'new')]);
    expect(table.get('litellm/old')).toBeUndefined();
    expect(table.list('litellm').map((m) => m.id)).toEqual(['litellm/new']);
  });

  it("leaves other providers' models alone", () => {
    const table = new ModelTable();
    table.replace(vllm, [modelInfo('vllm', 'llama')]);
    table.replace(litellm, []);
    expect(table.get('vllm/llama')?.provider).toBe(vllm);
  });

  it('keeps its own frozen copy, so the caller cannot change a list afterwards', () => {
    const table = new ModelTable();
    const models = [modelInfo('litellm', 'a')];
    const replaced = table.replace(litellm, models);
    models.push(modelInfo('litellm', 'b'));
    expect(replaced).toEqual({ kept: [modelInfo('litellm', 'a')] });
    expect('kept' in replaced && Object.isFrozen(replaced.kept)).toBe(true);
  });

  it('leaves out the models it is told are denied, and only those', () => {
    const table = new ModelTable();
    const replaced = table.replace(litellm, [modelInfo('litellm', 'a'), modelInfo('litellm', 'b')], (id) => id === 'litellm/a');
    expect(replaced).toEqual({ kept: [modelInfo('litellm', 'b')] });
    expect(table.get('litellm/a')).toBeUndefined();
  });

  it('still counts a denied model when it is listed twice', () => {
    const denied = modelInfo('litellm', 'a');
    const replaced = new ModelTable().replace(litellm, [denied, denied], () => true);
    expect(replaced).toEqual({ problem: 'model "litellm/a" is listed twice' });
  });

  it('changes nothing when the list cannot be the provider\'s, and says why', () => {
    const table = new ModelTable();
    table.replace(litellm, [modelInfo('litellm', 'old')]);
    const replaced = table.replace(litellm, [modelInfo('litellm', 'new'), modelInfo('vllm', 'llama')]);
    expect(replaced).toEqual({ problem: 'model "vllm/llama" names provider "vllm", not "litellm"' });
    expect(table.get('litellm/old')).toBeDefined();
    expect(table.get('litellm/new')).toBeUndefined();
    expect(table.list('litellm').map((m) => m.id)).toEqual(['litellm/old']);
  });
});
