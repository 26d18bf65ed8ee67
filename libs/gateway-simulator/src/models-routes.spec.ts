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

  it('never shows the deployment api key, and adds the three flags the proxy adds', () => {
    expect(data[0]!.litellm_params).toEqual({
      model: 'openai/gpt-4o',
      api_base: 'http://up',
      use_in_pass_through: false,
      use_litellm_proxy: false,
      merge_reasoning_content_in_choices: false,
    });
  });

  it('carries the model_info fields with the deployment id and the deployment model as key', () => {
    expect(data[0]!.model_info).toMatchObject({
      mode: 'chat',
      max_input_tokens: 1000,
      litellm_provider: 'openai',
      db_model: false,
      key: 'openai/gpt-4o',
    });
    expect(data[0]!.model_info['id']).toMatch(/^[0-9a-f]{64}$/);
    expect(data[0]!.model_info['supported_openai_params']).toContain('response_format');
  });

  it('sends all 79 keys, with null for what is not configured (max_tokens and unset flags included)', () => {
    const info = data[0]!.model_info;
    expect(Object.keys(info)).toHaveLength(79);
    expect(info).toMatchObject({ max_tokens: null, supports_vision: null, supports_reasoning: null, tpm: null });
  });

  it('reports a model without prices as costing 0 per token, not null, and with mode null', () => {
    expect(data[1]!.model_info).toMatchObject({ input_cost_per_token: 0, output_cost_per_token: 0, mode: null });
  });
});

describe('modelGroupInfo', () => {
  it('has one entry per public name, filtered by model_group', () => {
    expect((modelGroupInfo(catalog, null)['data'] as unknown[]).length).toBe(3);
    expect(modelGroupInfo(catalog, 'gpt')['data']).toEqual([
      expect.objectContaining({
        model_group: 'gpt',
        providers: ['openai'],
        mode: 'chat',
        max_input_tokens: 1000,
        max_output_tokens: null,
        input_cost_per_token: 0,
        supports_vision: false,
        supports_function_calling: false,
        is_public_model_group: false,
      }),
    ]);
    expect(Object.keys((modelGroupInfo(catalog, 'gpt')['data'] as object[])[0]!).sort()).toEqual([
      'configurable_clientside_auth_params', 'health_checked_at', 'health_response_time', 'health_status',
      'input_cost_per_pixel', 'input_cost_per_token', 'is_public_model_group', 'max_input_tokens', 'max_output_tokens',
      'mode', 'model_group', 'output_cost_per_token', 'providers', 'rpm', 'supported_openai_params',
      'supports_function_calling', 'supports_parallel_function_calling', 'supports_reasoning', 'supports_url_context',
      'supports_vision', 'supports_web_search', 'tpm',
    ]);
  });
});

describe('readiness', () => {
  it('reports a healthy proxy without a database and its version', () => {
    expect(readiness('1.2.3')).toMatchObject({
      status: 'healthy',
      db: 'Not connected',
      litellm_version: '1.2.3',
      success_callbacks: ['sync_deployment_callback_on_success'],
    });
  });
});
