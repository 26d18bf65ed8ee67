import { isChatModel, isWildcardRoute, toModelInfo } from './to-model-info';
import { WireModelInfo } from './wire-schemas';

const wire = (fields: Record<string, unknown>) => WireModelInfo.parse(fields);

describe('toModelInfo', () => {
  it('prefixes the id and maps prices, limits and capabilities', () => {
    const model = toModelInfo('litellm', 'litellm/', 'gpt-4o-mini', [
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
    expect(model).toMatchObject({
      id: 'litellm/gpt-4o-mini',
      provider: 'litellm',
      name: 'gpt-4o-mini',
      mode: 'chat',
      contextWindow: 128000,
      maxOutputTokens: 16384,
      pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
    });
    expect(model.capabilities).toMatchObject({ tools: true, vision: true, reasoning: false, pdf: null });
  });

  it('knows nothing rather than guessing when there is no model info', () => {
    const model = toModelInfo('litellm', 'litellm/', 'custom', []);
    expect(model.mode).toBe('unknown');
    expect(model.contextWindow).toBeNull();
    expect(model.pricing).toEqual({ inputPerToken: null, outputPerToken: null });
    expect(Object.values(model.capabilities).every((flag) => flag === null)).toBe(true);
  });

  it('takes each field from the first deployment of a group that reports it', () => {
    const model = toModelInfo('litellm', 'litellm/', 'group', [
      wire({ mode: 'chat', max_input_tokens: null }),
      wire({ max_input_tokens: 8192, supports_vision: false }),
    ]);
    expect(model.contextWindow).toBe(8192);
    expect(model.capabilities.vision).toBe(false);
  });

  it('falls back to max_tokens for the context window', () => {
    expect(toModelInfo('litellm', 'litellm/', 'm', [wire({ max_tokens: 4096 })]).contextWindow).toBe(4096);
  });

  it('reads a field of the wrong type as not reported', () => {
    const info = wire({ max_input_tokens: 'lots', input_cost_per_token: -1, supports_vision: 'yes', mode: 42 });
    expect(info).toMatchObject({ max_input_tokens: null, input_cost_per_token: null, supports_vision: null, mode: null });
  });

  it('maps an unknown mode to unknown and keeps it for chat', () => {
    const model = toModelInfo('litellm', 'litellm/', 'm', [wire({ mode: 'video_generation' })]);
    expect(model.mode).toBe('unknown');
    expect(isChatModel(model)).toBe(true);
  });

  it('keeps embedding and image models out of the chat list', () => {
    expect(isChatModel(toModelInfo('litellm', 'litellm/', 'e', [wire({ mode: 'embedding' })]))).toBe(false);
    expect(isChatModel(toModelInfo('litellm', 'litellm/', 'i', [wire({ mode: 'image_generation' })]))).toBe(false);
    expect(isChatModel(toModelInfo('litellm', 'litellm/', 'r', [wire({ mode: 'responses' })]))).toBe(true);
  });
});

describe('isWildcardRoute', () => {
  it.each(['*', 'openai/*', 'anthropic/claude-*'])('treats %s as a route, not a model', (id) => {
    expect(isWildcardRoute(id)).toBe(true);
  });
  it('treats a plain id as a model', () => {
    expect(isWildcardRoute('openai/gpt-4o')).toBe(false);
  });
});
