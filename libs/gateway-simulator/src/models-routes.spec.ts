import { ModelCatalog } from './model-catalog';
import { modelEntry, modelGroupInfo, modelInfo, modelList, readiness } from './models-routes';

const catalog = new ModelCatalog([
  { id: 'gpt', litellmParams: { model: 'openai/gpt-4o', api_key: 'sk-secret', api_base: 'http://up' }, modelInfo: { mode: 'chat', max_input_tokens: 1000 } },
  { id: 'pair', deployments: 2 },
  { id: 'openai/*' },
]);

describe('modelList', () => {
  it('lists ids once each with LiteLLM constant created and owned_by', () => {
    expect(modelList(catalog, 'litellm')).toEqual({
      data: [
        { id: 'gpt', object: 'model', created: 1677610602, owned_by: 'openai' },
        { id: 'pair', object: 'model', created: 1677610602, owned_by: 'openai' },
        { id: 'openai/*', object: 'model', created: 1677610602, owned_by: 'openai' },
      ],
      object: 'list',
    });
  });

  it('lists vLLM entries owned by vllm with their context length', () => {
    const first = (modelList(catalog, 'vllm')['data'] as Record<string, unknown>[])[0];
    expect(first).toMatchObject({ id: 'gpt', owned_by: 'vllm', root: 'gpt-4o', max_model_len: 1000 });
  });
});

describe('modelEntry', () => {
  it('finds one model or answers null', () => {
    expect(modelEntry(catalog, 'litellm', 'pair')).toMatchObject({ id: 'pair' });
    expect(modelEntry(catalog, 'litellm', 'nope')).toBeNull();
  });
});

describe('modelInfo', () => {
  const data = modelInfo(catalog)['data'] as { model_name: string; litellm_params: Record<string, unknown>; model_info: Record<string, unknown> }[];

  it('has one entry per deployment', () => {
    expect(data.map((entry) => entry.model_name)).toEqual(['gpt', 'pair', 'pair', 'openai/*']);
    expect(data[1]!.model_info['id']).not.toBe(data[2]!.model_info['id']);
  });

  it('never shows the deployment api key', () => {
    expect(data[0]!.litellm_params).toEqual({ model: 'openai/gpt-4o', api_base: 'http://up' });
  });

  it('carries the model_info fields with the deployment id', () => {
    expect(data[0]!.model_info).toMatchObject({ mode: 'chat', max_input_tokens: 1000, litellm_provider: 'openai', db_model: false });
    expect(data[0]!.model_info['id']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('modelGroupInfo', () => {
  it('has one entry per public name, filtered by model_group', () => {
    expect((modelGroupInfo(catalog, null)['data'] as unknown[]).length).toBe(3);
    expect(modelGroupInfo(catalog, 'gpt')['data']).toEqual([
      { model_group: 'gpt', providers: ['openai'], mode: 'chat', max_input_tokens: 1000 },
    ]);
  });
});

describe('readiness', () => {
  it('reports a healthy proxy without a database and its version', () => {
    expect(readiness('1.2.3')).toMatchObject({ status: 'healthy', db: 'Not connected', litellm_version: '1.2.3' });
  });
});
