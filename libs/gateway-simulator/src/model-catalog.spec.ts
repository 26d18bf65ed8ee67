import { ModelCatalog } from './model-catalog';

const catalog = () =>
  new ModelCatalog([
    { id: 'gpt', litellmParams: { model: 'openai/gpt-4o', input_cost_per_token: 1e-6 }, modelInfo: { output_cost_per_token: 2e-6 } },
    { id: 'group', deployments: 3 },
    { id: 'openai/*', litellmParams: { model: 'openai/*' } },
    { id: 'embed', modelInfo: { mode: 'embedding', id: 'fixed-id' } },
  ]);

describe('ModelCatalog', () => {
  it('resolves exact names before wildcard routes', () => {
    expect(catalog().resolve('gpt')?.model.id).toBe('gpt');
    expect(catalog().resolve('openai/gpt-4.1')?.model.id).toBe('openai/*');
  });

  it('does not resolve names no route matches', () => {
    expect(catalog().resolve('anthropic/claude')).toBeNull();
    expect(catalog().resolve('openai/')).toBeNull();
  });

  it('defaults litellm_params to openai/<id>', () => {
    expect(catalog().resolve('group')?.litellmParams).toEqual({ model: 'openai/group' });
  });

  it('gives each deployment a stable hex id, or the configured one', () => {
    const first = catalog().resolve('group')!.deploymentIds;
    expect(first).toHaveLength(3);
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(catalog().resolve('group')!.deploymentIds).toEqual(first);
    expect(catalog().resolve('embed')!.deploymentIds).toEqual(['fixed-id']);
  });

  it('lets deployments of a group take turns', () => {
    const models = catalog();
    const group = models.resolve('group')!;
    const turns = [1, 2, 3, 4].map(() => models.nextDeployment(group));
    expect(turns).toEqual([...group.deploymentIds, group.deploymentIds[0]]);
  });

  it('routes a model without a mode as chat', () => {
    const models = catalog();
    expect(models.mode(models.resolve('gpt')!)).toBe('chat');
    expect(models.mode(models.resolve('embed')!)).toBe('embedding');
  });

  it('reads prices from model_info or litellm_params', () => {
    const models = catalog();
    expect(models.prices(models.resolve('gpt')!)).toEqual({ input: 1e-6, output: 2e-6 });
    expect(models.prices(models.resolve('group')!)).toEqual({ input: null, output: null });
  });

  it("names the deployment's api_base, else OpenAI's for an openai/ model, else nothing", () => {
    const models = new ModelCatalog([
      { id: 'routed', litellmParams: { model: 'openai/x', api_base: 'http://127.0.0.1:9/v1' } },
      { id: 'openai', litellmParams: { model: 'openai/gpt-4o' } },
      { id: 'claude', litellmParams: { model: 'anthropic/claude' } },
    ]);
    expect(models.apiBase(models.resolve('routed')!)).toBe('http://127.0.0.1:9/v1');
    expect(models.apiBase(models.resolve('openai')!)).toBe('https://api.openai.com');
    expect(models.apiBase(models.resolve('claude')!)).toBeUndefined();
  });

  it('answers with the upstream model name, without its provider prefix', () => {
    const models = catalog();
    expect(models.upstreamModel(models.resolve('gpt')!, 'gpt')).toBe('gpt-4o');
    expect(models.upstreamModel(models.resolve('openai/x')!, 'openai/gpt-4.1')).toBe('gpt-4.1');
  });

  it('lists each public name once', () => {
    const models = new ModelCatalog([{ id: 'a' }, { id: 'a' }, { id: 'b' }]);
    expect(models.distinctGroups().map((group) => group.model.id)).toEqual(['a', 'b']);
  });

  it('copies litellm_params prices, the deployment model and the provider into model_info fields', () => {
    const models = catalog();
    expect(models.modelInfoFields(models.resolve('gpt')!)).toMatchObject({
      key: 'openai/gpt-4o',
      input_cost_per_token: 1e-6,
      output_cost_per_token: 2e-6,
      litellm_provider: 'openai',
    });
  });

  it('reports 0 per token for a model configured without prices, as LiteLLM 1.83 does', () => {
    const models = catalog();
    expect(models.modelInfoFields(models.resolve('group')!)).toMatchObject({ input_cost_per_token: 0, output_cost_per_token: 0 });
  });
});
