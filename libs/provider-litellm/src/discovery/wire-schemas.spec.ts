import { ModelInfoResponse } from './wire-schemas';

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
