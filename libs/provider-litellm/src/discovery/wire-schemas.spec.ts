import fc from 'fast-check';
import { expectSameAsSchema, mostly as mostlyOdd, oddValue } from '@modelgate/testing';
import { ModelInfoResponse, parseModelInfoResponse, WireModelInfo } from './wire-schemas';

const mostly = <T>(good: fc.Arbitrary<T>) => mostlyOdd(good, 8);

/** A value each field's schema accepts, told apart by the field's name. */
function goodFieldFor(key: string): fc.Arbitrary<unknown> {
  if (key === 'mode') return fc.constantFrom('chat', 'embedding');
  if (key.startsWith('supports_')) return fc.boolean();
  if (key.endsWith('_cost_per_token')) return fc.double({ min: 0, max: 1e-3, noNaN: true });
  return fc.integer({ min: 1, max: 200_000 });
}
const modelInfo = mostly(
  fc.record(
    {
      ...Object.fromEntries(Object.keys(WireModelInfo.shape).map((key) => [key, mostly(goodFieldFor(key))])),
      litellm_provider: oddValue,
    },
    { requiredKeys: [] },
  ),
);
const entry = mostly(
  fc.record(
    {
      model_name: mostly(fc.string({ maxLength: 6 })),
      litellm_params: mostly(fc.record({ model: mostly(fc.string({ maxLength: 6 })) }, { requiredKeys: [] })),
      model_info: modelInfo,
    },
    { requiredKeys: ['model_name'] },
  ),
);
const answer = mostly(fc.record({ data: mostly(fc.array(entry, { maxLength: 4 })) }));

describe('parseModelInfoResponse', () => {
  it('gives the same answer as the ModelInfoResponse schema for any answer, well formed or not', () => {
    const { usedAsIs } = expectSameAsSchema(answer, parseModelInfoResponse, ModelInfoResponse, { strict: true });
    expect(usedAsIs).toBeGreaterThan(0);
  });

  it('uses a well-formed answer as it is, unknown keys and all', () => {
    const raw = {
      data: [
        {
          model_name: 'gpt-4o-mini',
          litellm_params: { model: 'openai/gpt-4o-mini', api_base: 'http://proxy' },
          model_info: { mode: 'chat', max_input_tokens: 128000, input_cost_per_token: 1.5e-7, supports_vision: null, tpm: null },
        },
        { model_name: 'custom', model_info: null },
      ],
    };
    const parsed = parseModelInfoResponse(raw);
    expect(parsed.success && parsed.data).toBe(raw);
  });

  it('still reads a field of the wrong type as not reported', () => {
    const parsed = parseModelInfoResponse({ data: [{ model_name: 'm', model_info: { max_tokens: '4k', mode: 'chat' } }] });
    expect(parsed.success && parsed.data.data[0].model_info).toEqual({ max_tokens: null, mode: 'chat' });
  });
});


describe('the ModelInfoResponse schema', () => {
  it('reads a field of the wrong type as not reported', () => {
    const parsed = ModelInfoResponse.safeParse({ data: [{ model_name: 'm', model_info: { max_tokens: '4k', mode: 'chat' } }] });
    expect(parsed.success && parsed.data.data[0].model_info).toEqual({ max_tokens: null, mode: 'chat' });
  });

  it('names the path of an entry without a model name', () => {
    const parsed = ModelInfoResponse.safeParse({ data: [{ model_name: 'a' }, { model_info: {} }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['data', 1, 'model_name']]);
  });

  it('drops a __proto__ key of an answer', () => {
    const raw: unknown = JSON.parse('{"data": [{"model_name": "m", "model_info": {"mode": "chat", "__proto__": {}}}]}');
    const data = { data: [{ model_name: 'm', model_info: { mode: 'chat' } }] };
    expect(ModelInfoResponse.safeParse(raw)).toStrictEqual({ success: true, data });
  });

  it('refuses a list with a hole in it, naming the hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const parsed = ModelInfoResponse.safeParse({ data: [{ model_name: 'a' }, , { model_name: 'b' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['data', 1]]);
  });
});
