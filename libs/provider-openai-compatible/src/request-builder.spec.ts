import type { ChatRequest } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { buildBaseBody, buildTurnBody, toStreamingBody, toWireResponseFormat, toWireToolChoice } from './request-builder';
import { toolChoiceForTurn } from './turn-tool-choice';

function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return { model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], ...overrides };
}

const weather = { name: 'weather', description: 'Weather of a city', parameters: { type: 'object', properties: { city: { type: 'string' } } } };
const user = [{ role: 'user' as const, content: 'hi' }];

describe('buildBaseBody', () => {
  it('sends the model name without the provider prefix and nothing unasked', () => {
    expect(buildBaseBody(request(), 'gpt-4o-mini')).toEqual({ model: 'gpt-4o-mini' });
  });

  it('maps sampling, token limit, reasoning effort and metadata', () => {
    const body = buildBaseBody(
      request({ temperature: 0.2, maxTokens: 256, reasoningEffort: 'low', metadata: { user: 'u1' } }),
      'o3-mini',
    );
    expect(body).toEqual({ model: 'o3-mini', temperature: 0.2, max_tokens: 256, reasoning_effort: 'low', metadata: { user: 'u1' } });
  });

  it('sends temperature 0 rather than dropping it', () => {
    expect(buildBaseBody(request({ temperature: 0 }), 'm')).toHaveProperty('temperature', 0);
  });

  it('wraps tools as functions', () => {
    expect(buildBaseBody(request({ tools: [weather] }), 'm').tools).toEqual([
      { type: 'function', function: { name: 'weather', description: 'Weather of a city', parameters: weather.parameters } },
    ]);
  });

  it('leaves out an empty tool list', () => {
    expect(buildBaseBody(request({ tools: [] }), 'm')).not.toHaveProperty('tools');
  });
});

describe('toWireResponseFormat', () => {
  it('sends a JSON schema with its name and strictness, without the validator', () => {
    const format = { type: 'json_schema' as const, name: 'city', schema: { type: 'object' }, strict: true, validator: z.object({}) };
    expect(toWireResponseFormat(format)).toEqual({ type: 'json_schema', json_schema: { name: 'city', schema: { type: 'object' }, strict: true } });
  });

  it('sends json_object as it is and leaves text out', () => {
    expect(toWireResponseFormat({ type: 'json_object' })).toEqual({ type: 'json_object' });
    expect(toWireResponseFormat({ type: 'text' })).toBeUndefined();
  });
});

describe('tool choice', () => {
  it('maps a named tool to a function choice', () => {
    expect(toWireToolChoice({ type: 'tool', name: 'weather' })).toEqual({ type: 'function', function: { name: 'weather' } });
    expect(toWireToolChoice('required')).toBe('required');
  });

  it('forces a tool on the first turn only, then lets the model choose', () => {
    const forced = { type: 'tool' as const, name: 'weather' };
    expect(toolChoiceForTurn(forced, 1, false)).toEqual(forced);
    expect(toolChoiceForTurn(forced, 2, false)).toBe('auto');
    expect(toolChoiceForTurn('required', 2, false)).toBe('auto');
  });

  it('keeps none and an unset choice on every turn', () => {
    expect(toolChoiceForTurn('none', 3, false)).toBe('none');
    expect(toolChoiceForTurn(undefined, 3, false)).toBeUndefined();
  });

  it('says none on the final turn after the loop limit', () => {
    expect(toolChoiceForTurn('required', 5, true)).toBe('none');
  });
});

describe('buildTurnBody', () => {
  it('sends a tool choice only alongside tools', () => {
    expect(buildTurnBody(buildBaseBody(request(), 'm'), user, 'none')).not.toHaveProperty('tool_choice');
    expect(buildTurnBody(buildBaseBody(request({ tools: [weather] }), 'm'), user, 'none').tool_choice).toBe('none');
  });

  it('asks a stream for its usage chunk', () => {
    expect(toStreamingBody(buildTurnBody(buildBaseBody(request(), 'm'), user, undefined))).toEqual({
      model: 'm',
      messages: user,
      stream: true,
      stream_options: { include_usage: true },
    });
  });
});
