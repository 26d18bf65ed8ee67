import fc from 'fast-check';
import { z } from 'zod';
import { mostly, oddValue } from './odd-values';
import { expectSameAsSchema } from './same-as-schema';

const Point = z.object({ x: z.number().int() });
const point = fc.record({ x: mostly(fc.integer()) });

/** A fast path for `Point`: plain objects whose only key is an integer `x`, used as they are. */
function parsePoint(value: unknown) {
  const plain = typeof value === 'object' && value !== null && Object.keys(value).length === 1 && Number.isSafeInteger((value as { x?: unknown }).x);
  return plain ? { success: true, data: value } : Point.safeParse(value);
}

describe('expectSameAsSchema', () => {
  it('passes a fast path that agrees with its schema and counts the values it used as they are', () => {
    const { usedAsIs } = expectSameAsSchema(point, parsePoint, Point, { numRuns: 500 });
    expect(usedAsIs).toBeGreaterThan(100);
  });

  it('fails a fast path that accepts what the schema refuses', () => {
    const tooLenient = (value: unknown) => ({ success: true, data: value });
    expect(() => expectSameAsSchema(point, tooLenient, Point, { numRuns: 500 })).toThrow();
  });

  it('tells a key left as undefined from a missing one only when strict', () => {
    const keepsUndefined = (value: unknown) => ({ success: true, data: { ...(value as object), y: undefined } });
    const Any = z.object({ x: z.unknown() });
    const sample = fc.record({ x: fc.integer() });
    expect(() => expectSameAsSchema(sample, keepsUndefined, Any, { numRuns: 50 })).not.toThrow();
    expect(() => expectSameAsSchema(sample, keepsUndefined, Any, { numRuns: 50, strict: true })).toThrow();
  });
});

describe('oddValue', () => {
  it('draws values of every kind a loose answer might hold', () => {
    const kinds = new Set(fc.sample(oddValue, 2000).map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)));
    expect([...kinds].sort()).toEqual(['array', 'boolean', 'null', 'number', 'object', 'string', 'undefined']);
  });
});
