import { z } from 'zod';
import { compileLenientGuard } from './lenient-guard';

const Chunk = z.looseObject({
  index: z.number().int().nullish(),
  cost: z.number().nullish(),
  text: z.string().optional(),
  parts: z.array(z.looseObject({ id: z.string() })).nullish(),
  extra: z.unknown().optional(),
});
const isChunk = compileLenientGuard(Chunk);

describe('compileLenientGuard', () => {
  it('accepts a value the schema returns unchanged, unknown keys and all', () => {
    const value = { index: 1, cost: 0.5, text: 'hi', parts: [{ id: 'a', more: true }], extra: [1], other: 'kept' };
    expect(isChunk(value)).toBe(true);
    expect(Chunk.parse(value)).toEqual(value);
  });

  it('accepts missing and null fields where the schema makes them optional or nullable', () => {
    expect(isChunk({})).toBe(true);
    expect(isChunk({ index: null, cost: null, parts: null })).toBe(true);
    expect(isChunk({ text: null })).toBe(false);
  });

  it('refuses what the schema refuses: wrong types, unsafe or fractional integers, infinite numbers, holes', () => {
    for (const value of [
      { index: 0.5 },
      { index: 2 ** 60 },
      { cost: Number.POSITIVE_INFINITY },
      { cost: Number.NaN },
      { text: 3 },
      { parts: [{}] },
      // eslint-disable-next-line no-sparse-arrays
      { parts: [, { id: 'a' }] },
      null,
      'text',
      [],
    ]) {
      expect(isChunk(value)).toBe(false);
      expect(Chunk.safeParse(value).success).toBe(false);
    }
  });

  it('refuses an object with a __proto__ key of its own, which a parse would drop', () => {
    expect(isChunk(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(false);
  });

  it('leaves to the schema what it does not understand: unions, checks, objects that strip or refuse keys', () => {
    expect(compileLenientGuard(z.looseObject({ a: z.union([z.string(), z.number()]) }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.looseObject({ a: z.string().min(1) }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.object({ a: z.string() }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.strictObject({ a: z.string() }))({ a: 'x' })).toBe(false);
  });
});
