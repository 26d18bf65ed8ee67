import fc from 'fast-check';
import { mergeDeployments, toModelFacts } from './to-model-facts';
import { WireModelInfo } from './wire-schemas';

const wire = (fields: Record<string, unknown>) => WireModelInfo.parse(fields);

describe('toModelFacts', () => {
  it('maps mode, prices, limits and capabilities', () => {
    const facts = toModelFacts(
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
    );
    expect(facts).toMatchObject({
      mode: 'chat',
      contextWindow: 128000,
      maxOutputTokens: 16384,
      pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
    });
    expect(facts.capabilities).toMatchObject({ tools: true, vision: true, reasoning: false, pdf: null });
  });

  it('knows nothing rather than guessing when no deployment reports anything', () => {
    const facts = toModelFacts(wire({}));
    expect(facts.mode).toBe('unknown');
    expect(facts.contextWindow).toBeNull();
    expect(facts.pricing).toEqual({ inputPerToken: null, outputPerToken: null });
    expect(Object.values(facts.capabilities!).every((flag) => flag === null)).toBe(true);
  });

  it('takes each field from the first deployment of a group that reports it', () => {
    const first = wire({ mode: 'chat', max_input_tokens: null, supports_vision: null });
    const second = wire({ mode: 'embedding', max_input_tokens: 8192, supports_vision: false });
    const facts = toModelFacts(mergeDeployments(first, second));
    expect(facts).toMatchObject({ mode: 'chat', contextWindow: 8192 });
    expect(facts.capabilities?.vision).toBe(false);
  });

  it('gives each field of a group of any size the value of the first deployment that reports it', () => {
    // Merging never looks at a value's type, only at whether it is reported.
    const deployment = fc.record(
      Object.fromEntries(Object.keys(WireModelInfo.shape).map((key) => [key, fc.constantFrom(null, undefined, 0, false, 1)])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<WireModelInfo>;
    fc.assert(
      fc.property(fc.array(deployment, { minLength: 1, maxLength: 4 }), (group) => {
        const merged: Record<string, unknown> = group.reduce((earlier, later) => mergeDeployments(earlier, later));
        for (const key of Object.keys(WireModelInfo.shape)) {
          const first = group.map((info) => info[key]).find((value) => value !== null && value !== undefined);
          expect(merged[key] ?? undefined).toBe(first);
        }
      }),
    );
  });

  it('merges a group without changing its deployments', () => {
    const first = wire({ max_input_tokens: null });
    mergeDeployments(first, wire({ max_input_tokens: 8192 }));
    expect(first).toEqual({ max_input_tokens: null });
  });

  it('reads two zero prices as unconfigured, not free', () => {
    expect(toModelFacts(wire({ input_cost_per_token: 0, output_cost_per_token: 0 })).pricing).toEqual({
      inputPerToken: null,
      outputPerToken: null,
    });
    expect(toModelFacts(wire({ input_cost_per_token: 0, output_cost_per_token: 2e-6 })).pricing).toEqual({
      inputPerToken: 0,
      outputPerToken: 2e-6,
    });
  });

  it('keeps the cache read and write prices /model/info gives', () => {
    const info = wire({ input_cost_per_token: 3e-6, output_cost_per_token: 1.5e-5, cache_read_input_token_cost: 3e-7, cache_creation_input_token_cost: 3.75e-6 });
    expect(toModelFacts(info).pricing).toEqual({ inputPerToken: 3e-6, outputPerToken: 1.5e-5, cacheReadPerToken: 3e-7, cacheWritePerToken: 3.75e-6 });
  });

  it('falls back to max_tokens for the context window', () => {
    expect(toModelFacts(wire({ max_tokens: 4096 })).contextWindow).toBe(4096);
  });

  it('reads a field of the wrong type as not reported', () => {
    const info = wire({ max_input_tokens: 'lots', input_cost_per_token: -1, supports_vision: 'yes', mode: 42 });
    expect(info).toMatchObject({ max_input_tokens: null, input_cost_per_token: null, supports_vision: null, mode: null });
  });

  it('maps a mode the proxy names but modelgate does not know to other, never chat, and no mode to unknown', () => {
    expect(toModelFacts(wire({ mode: 'video_generation' })).mode).toBe('other');
    expect(toModelFacts(wire({ mode: 'realtime' })).mode).toBe('other');
    expect(toModelFacts(wire({ mode: null })).mode).toBe('unknown');
  });

  it('keeps the modes that decide what is offered for chat', () => {
    expect(toModelFacts(wire({ mode: 'embedding' })).mode).toBe('embedding');
    expect(toModelFacts(wire({ mode: 'image_generation' })).mode).toBe('image_generation');
    expect(toModelFacts(wire({ mode: 'responses' })).mode).toBe('responses');
  });

  it('reads the vector length of an embedding model from output_vector_size, and its input price alone', () => {
    const facts = toModelFacts(wire({ mode: 'embedding', output_vector_size: 1536, max_input_tokens: 8191, input_cost_per_token: 2e-8, output_cost_per_token: 0 }));
    expect(facts).toMatchObject({ mode: 'embedding', dimensions: 1536, contextWindow: 8191, pricing: { inputPerToken: 2e-8, outputPerToken: 0 } });
    expect('dimensions' in toModelFacts(wire({ mode: 'embedding' }))).toBe(false);
  });
});
