import { listedModelFacts } from './listed-model-facts';

const entry = (fields: Record<string, unknown>) => ({ id: 'qwen', object: 'model', owned_by: 'vllm', ...fields });

describe('listedModelFacts', () => {
  it('reads max_model_len as the context window', () => {
    expect(listedModelFacts()(entry({ max_model_len: 32768 }))).toEqual({ contextWindow: 32768 });
  });

  it.each([
    ['missing', {}],
    ['null', { max_model_len: null }],
    ['not a positive whole number', { max_model_len: '32k' }],
  ])('leaves the context window unknown when max_model_len is %s', (_what, fields) => {
    expect(listedModelFacts()(entry(fields)).contextWindow).toBeNull();
  });

  it('prices a model the config prices, and only that one', () => {
    const facts = listedModelFacts({ qwen: { inputPerToken: 2e-7, outputPerToken: 4e-7 } });
    expect(facts(entry({})).pricing).toEqual({ inputPerToken: 2e-7, outputPerToken: 4e-7 });
    expect(facts({ id: 'other' })).not.toHaveProperty('pricing');
  });

  it('never takes an inherited property for a price', () => {
    expect(listedModelFacts({})({ id: 'toString' })).not.toHaveProperty('pricing');
  });

  it('says nothing about mode or capabilities, which vLLM does not report', () => {
    expect(Object.keys(listedModelFacts()(entry({ max_model_len: 1 })))).toEqual(['contextWindow']);
  });
});
