import { toModelFacts } from './to-model-facts';
import { WireModelInfo } from './wire-schemas';

const wire = (fields: Record<string, unknown>) => WireModelInfo.parse(fields);

describe('toModelFacts', () => {
  it('maps mode, prices, limits and capabilities', () => {
    const facts = toModelFacts([
      wire({
        mode: 'chat',
        max_input_tokens: 128000,
        max_output_tokens: 16384,
        input_cost_per_token: 1.5e-7,
        output_cost_per_token: 6e-7,
        supports_function_calling: true,
        supports_vision: true,
        supports_reasoning: false,
      }),
    ]);
    expect(facts).toMatchObject({
      mode: 'chat',
      contextWindow: 128000,
      maxOutputTokens: 16384,
      pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
    });
    expect(facts.capabilities).toMatchObject({ tools: true, vision: true, reasoning: false, pdf: null });
  });

  it('knows nothing rather than guessing when no deployment reports anything', () => {
    const facts = toModelFacts([wire({})]);
    expect(facts.mode).toBe('unknown');
    expect(facts.contextWindow).toBeNull();
    expect(facts.pricing).toEqual({ inputPerToken: null, outputPerToken: null });
    expect(Object.values(facts.capabilities!).every((flag) => flag === null)).toBe(true);
  });

  it('takes each field from the first deployment of a group that reports it', () => {
    const facts = toModelFacts([wire({ mode: 'chat', max_input_tokens: null }), wire({ max_input_tokens: 8192, supports_vision: false })]);
    expect(facts.contextWindow).toBe(8192);
    expect(facts.capabilities?.vision).toBe(false);
  });

  it('reads two zero prices as unconfigured, not free', () => {
    expect(toModelFacts([wire({ input_cost_per_token: 0, output_cost_per_token: 0 })]).pricing).toEqual({
      inputPerToken: null,
      outputPerToken: null,
    });
    expect(toModelFacts([wire({ input_cost_per_token: 0, output_cost_per_token: 2e-6 })]).pricing).toEqual({
      inputPerToken: 0,
      outputPerToken: 2e-6,
    });
  });

  it('falls back to max_tokens for the context window', () => {
    expect(toModelFacts([wire({ max_tokens: 4096 })]).contextWindow).toBe(4096);
  });

  it('reads a field of the wrong type as not reported', () => {
    const info = wire({ max_input_tokens: 'lots', input_cost_per_token: -1, supports_vision: 'yes', mode: 42 });
    expect(info).toMatchObject({ max_input_tokens: null, input_cost_per_token: null, supports_vision: null, mode: null });
  });

  it('maps a mode it does not know to unknown', () => {
    expect(toModelFacts([wire({ mode: 'video_generation' })]).mode).toBe('unknown');
  });

  it('keeps the modes that decide what is offered for chat', () => {
    expect(toModelFacts([wire({ mode: 'embedding' })]).mode).toBe('embedding');
    expect(toModelFacts([wire({ mode: 'image_generation' })]).mode).toBe('image_generation');
    expect(toModelFacts([wire({ mode: 'responses' })]).mode).toBe('responses');
  });
});
