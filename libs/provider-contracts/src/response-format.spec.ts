import { z } from 'zod';
import { ResponseFormat, responseFormatFromZod } from './response-format';

const Answer = z.object({ city: z.string(), temperatureC: z.number() });

describe('responseFormatFromZod', () => {
  const format = responseFormatFromZod('weather_answer', Answer);

  it('gives a strict json_schema format carrying the JSON Schema of the zod schema', () => {
    expect(format).toMatchObject({
      type: 'json_schema',
      name: 'weather_answer',
      strict: true,
      schema: {
        type: 'object',
        properties: { city: { type: 'string' }, temperatureC: { type: 'number' } },
        required: ['city', 'temperatureC'],
        additionalProperties: false,
      },
    });
  });

  it('keeps the zod schema as the validator, which accepts a fitting answer', () => {
    if (format.type !== 'json_schema') throw new Error('expected json_schema');
    expect(format.validator?.safeParse({ city: 'Paris', temperatureC: 18 })).toEqual({
      success: true,
      data: { city: 'Paris', temperatureC: 18 },
    });
  });

  it('has a validator that rejects an answer missing a field, naming its path', () => {
    if (format.type !== 'json_schema') throw new Error('expected json_schema');
    const result = format.validator?.safeParse({ city: 'Paris' });
    expect(result?.success).toBe(false);
    expect(result?.success === false && result.error.issues.map((issue) => issue.path)).toEqual([['temperatureC']]);
  });

  it('is accepted by the ResponseFormat schema', () => {
    expect(ResponseFormat.safeParse(format).success).toBe(true);
  });
});

describe('ResponseFormat', () => {
  it('accepts text and json_object formats', () => {
    expect(ResponseFormat.safeParse({ type: 'text' }).success).toBe(true);
    expect(ResponseFormat.safeParse({ type: 'json_object' }).success).toBe(true);
  });

  it('rejects a schema name the API would refuse', () => {
    expect(ResponseFormat.safeParse({ type: 'json_schema', name: 'weather answer', schema: {} }).success).toBe(false);
  });

  it('rejects a validator without safeParse', () => {
    const format = { type: 'json_schema', name: 'a', schema: {}, validator: { parse: () => 1 } };
    expect(ResponseFormat.safeParse(format).success).toBe(false);
  });
});
