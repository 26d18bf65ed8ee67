import fc from 'fast-check';
import { z } from 'zod';
import { compileLenientGuard, compileLenientParse } from './lenient-guard';

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

  it('passes a value a catch would not touch, and leaves one it would replace to the schema', () => {
    const Info = z.looseObject({ mode: z.string().nullish().catch(null), count: z.number().catch(0) });
    const isInfo = compileLenientGuard(Info);
    expect(isInfo({ mode: 'chat', count: 1 })).toBe(true);
    expect(isInfo({ count: 1 })).toBe(true);
    for (const value of [{ mode: 3, count: 1 }, { mode: 'chat' }, { mode: 'chat', count: 'x' }]) {
      expect(isInfo(value)).toBe(false);
      expect(Info.parse(value)).not.toEqual(value);
    }
  });

  it('holds numbers to their integer format and bounds, inclusive or not, and strings to their length', () => {
    const isCount = compileLenientGuard(z.number().int().positive().max(10));
    expect([1, 10].map(isCount)).toEqual([true, true]);
    expect([0, 11, 1.5, -1].map(isCount)).toEqual([false, false, false, false]);
    const isPrice = compileLenientGuard(z.number().nonnegative().lt(1));
    expect([0, 0.5].map(isPrice)).toEqual([true, true]);
    expect([-1e-9, 1, Number.NaN].map(isPrice)).toEqual([false, false, false]);
    const isId = compileLenientGuard(z.string().min(1).max(3));
    expect(['a', 'abc'].map(isId)).toEqual([true, true]);
    expect(['', 'abcd', 1].map(isId)).toEqual([false, false, false]);
    const isFlag = compileLenientGuard(z.boolean().nullable());
    expect([true, false, null, 'true', undefined].map(isFlag)).toEqual([true, true, true, false, false]);
  });

  it('leaves undefined to the schema where an optional hands it to a default inside', () => {
    const Defaulted = z.looseObject({ a: z.string().default('x').optional() });
    expect(compileLenientGuard(Defaulted)({})).toBe(false);
    expect(Defaulted.parse({})).toEqual({ a: 'x' });
  });

  it('holds every value it accepts equal to what the schema returns, for any draw', () => {
    const Schema = z.looseObject({
      name: z.string().min(1),
      count: z.number().int().positive().nullish().catch(null),
      price: z.number().nonnegative().nullish().catch(null),
      flag: z.boolean().nullish().catch(null),
      tags: z.array(z.looseObject({ id: z.string().max(2) })).nullish(),
      extra: z.unknown().optional(),
    });
    const isValue = compileLenientGuard(Schema);
    const odd = fc.oneof(
      fc.constantFrom(null, undefined, '', 'ab', 'abc', 0, 1, -1, 0.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, true, false),
      fc.constant([]),
      fc.constant({}),
    );
    const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: odd, weight: 1 });
    const value = fc.record(
      {
        name: field(fc.string({ maxLength: 3 })),
        count: field(fc.integer({ min: 1, max: 100 })),
        price: field(fc.double({ min: 0, max: 1, noNaN: true })),
        flag: field(fc.boolean()),
        tags: field(fc.array(fc.record({ id: field(fc.string({ maxLength: 3 })) }, { requiredKeys: [] }), { maxLength: 3 })),
        extra: odd,
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(value, (drawn) => {
        if (!isValue(drawn)) return;
        accepted++;
        expect(Schema.safeParse(drawn)).toStrictEqual({ success: true, data: drawn });
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('leaves to the schema what it does not understand: unions, checks, objects that strip or refuse keys', () => {
    expect(compileLenientGuard(z.looseObject({ a: z.union([z.string(), z.number()]) }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.looseObject({ a: z.string().regex(/x/) }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.object({ a: z.string() }))({ a: 'x' })).toBe(false);
    expect(compileLenientGuard(z.strictObject({ a: z.string() }))({ a: 'x' })).toBe(false);
  });

  it('writes field names into its code as string literals, so a name that looks like code stays a name', () => {
    const odd = z.looseObject({ ['a"]; throw new Error("injected"); //']: z.string(), 'b\\\n': z.number() });
    const guard = compileLenientGuard(odd);
    expect(guard({ ['a"]; throw new Error("injected"); //']: 'x', 'b\\\n': 1 })).toBe(true);
    expect(guard({ ['a"]; throw new Error("injected"); //']: 1, 'b\\\n': 1 })).toBe(false);
  });

  it('leaves every value to the schema where code cannot be compiled (a Content-Security-Policy without eval)', () => {
    const original = globalThis.Function;
    globalThis.Function = function refused() {
      throw new EvalError('Code generation from strings disallowed for this context');
    } as unknown as FunctionConstructor;
    try {
      const value = { index: 1, text: 'hi' };
      expect(compileLenientGuard(Chunk)(value)).toBe(false);
      const parsed = compileLenientParse(Chunk)(value);
      expect(parsed).toEqual({ success: true, data: value });
      expect(parsed.success && parsed.data).not.toBe(value);
    } finally {
      globalThis.Function = original;
    }
  });
});
