import { exampleFromSchema } from './schema-example';

describe('exampleFromSchema', () => {
  it('fills required properties with a value of their type', () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, age: { type: 'integer' }, score: { type: 'number' }, ok: { type: 'boolean' }, tags: { type: 'array' } },
      required: ['name', 'age', 'score', 'ok', 'tags'],
    };
    expect(exampleFromSchema(schema)).toEqual({ name: 'example', age: 1, score: 1, ok: true, tags: [] });
  });

  it('leaves optional properties out', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] };
    expect(exampleFromSchema(schema)).toEqual({ a: 'example' });
  });

  it('builds nested objects recursively', () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'object', properties: { zip: { type: 'string' } }, required: ['zip'] } },
      required: ['city'],
    };
    expect(exampleFromSchema(schema)).toEqual({ city: { zip: 'example' } });
  });

  it('takes the first enum value, a const, and the first member of a union', () => {
    const schema = {
      type: 'object',
      properties: { unit: { enum: ['celsius', 'fahrenheit'] }, kind: { const: 'weather' }, at: { anyOf: [{ type: 'integer' }, { type: 'null' }] } },
      required: ['unit', 'kind', 'at'],
    };
    expect(exampleFromSchema(schema)).toEqual({ unit: 'celsius', kind: 'weather', at: 1 });
  });

  it('reads nullable type lists as their non-null type', () => {
    const schema = { type: 'object', properties: { note: { type: ['null', 'string'] } }, required: ['note'] };
    expect(exampleFromSchema(schema)).toEqual({ note: 'example' });
  });

  it('follows local $defs references', () => {
    const schema = {
      type: 'object',
      properties: { place: { $ref: '#/$defs/Place' } },
      required: ['place'],
      $defs: { Place: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
    };
    expect(exampleFromSchema(schema)).toEqual({ place: { name: 'example' } });
  });

  it('stops on a self-referencing schema instead of recursing forever', () => {
    const schema = { $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } }, required: ['next'] } } };
    expect(JSON.stringify(exampleFromSchema(schema))).toContain('"next":');
  });

  it('keeps a property named __proto__ as a plain key', () => {
    const schema = { type: 'object', properties: { ['__proto__']: { type: 'string' } }, required: ['__proto__'] };
    const example = exampleFromSchema(schema) as Record<string, unknown>;
    expect(Object.keys(example)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(example)).toBe(Object.prototype);
  });

  it('answers an empty object for something that is not a schema', () => {
    expect(exampleFromSchema(null)).toEqual({});
    expect(exampleFromSchema('nope')).toEqual({});
  });
});
