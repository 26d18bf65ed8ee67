import { defaultSimulatedModels } from './default-models';
import { ModelCatalog } from './model-catalog';
import { parseStrict } from './reply';
import { SimulatedModel } from './simulator-options';

describe('defaultSimulatedModels', () => {
  const models = defaultSimulatedModels();

  it('is a valid catalogue', () => {
    for (const model of models) expect(() => parseStrict(SimulatedModel, model, 'model')).not.toThrow();
  });

  it('has chat models, a wildcard route and an embedding model for discovery to filter', () => {
    expect(models.map((model) => model.id)).toEqual(['gpt-4o-mini', 'claude-3-5-haiku', 'reasoner-mini', 'openai/*', 'text-embedding-3-small']);
    expect(models.find((model) => model.id === 'text-embedding-3-small')?.modelInfo?.['mode']).toBe('embedding');
  });

  it('prices gpt-4o-mini and gives it tools, vision and structured output', () => {
    expect(models[0]?.modelInfo).toMatchObject({
      max_input_tokens: 128000,
      supports_function_calling: true,
      supports_vision: true,
      supports_response_schema: true,
    });
    const catalog = new ModelCatalog(models);
    expect(catalog.prices(catalog.resolve('gpt-4o-mini')!).input).toBeGreaterThan(0);
  });

  it('makes claude-3-5-haiku a model group of two deployments', () => {
    expect(new ModelCatalog(models).resolve('claude-3-5-haiku')?.deploymentIds).toHaveLength(2);
  });

  it('gives reasoner-mini a reply with reasoning', () => {
    const reply = models.find((model) => model.id === 'reasoner-mini')?.reply;
    const answer = typeof reply === 'function' ? reply({ model: 'reasoner-mini', messages: [{ role: 'user', content: 'hi' }], headers: {} }) : null;
    expect(answer?.reasoning).toBeTruthy();
  });

  it('is a fresh copy each time', () => {
    expect(defaultSimulatedModels()).not.toBe(defaultSimulatedModels());
  });
});
