import { z } from 'zod';
import { issuePaths } from './issue-paths';

const Shape = z.object({ a: z.string(), b: z.object({ c: z.number() }), d: z.array(z.string()) });

function errorOf(value: unknown): z.ZodError {
  const result = Shape.safeParse(value);
  if (result.success) throw new Error('expected a parse failure');
  return result.error;
}

describe('issuePaths', () => {
  it('joins nested paths with dots and separates issues with commas', () => {
    expect(issuePaths(errorOf({ a: 1, b: { c: 'x' }, d: [] }))).toBe('a, b.c');
  });

  it('names the root when the value itself is wrong', () => {
    expect(issuePaths(errorOf('not an object'))).toBe('(root)');
  });

  it('lists each path once and stops at the limit', () => {
    expect(issuePaths(errorOf({ a: 1, b: 1, d: [1, 2] }), 2)).toBe('a, b');
  });

  it('never repeats the offending values', () => {
    expect(issuePaths(errorOf({ a: 'sk-secret', b: { c: 'sk-secret' }, d: [] }))).not.toContain('sk-secret');
  });
});

describe('issuePaths with unknown keys', () => {
  it('names each unknown key by its path', () => {
    const result = z.strictObject({ nested: z.strictObject({ a: z.string() }) }).safeParse({ nested: { a: 'x', b: 1, c: 2 } });
    expect(result.success).toBe(false);
    expect(issuePaths(result.error!)).toBe('nested.b, nested.c');
  });
});

describe('issuePaths with symbol keys', () => {
  it('names a symbol key instead of failing on it', () => {
    const key = Symbol('tag');
    const result = z.object({ [key]: z.string() }).safeParse({ [key]: 1 });
    expect(result.success).toBe(false);
    expect(issuePaths(result.error!)).toBe('Symbol(tag)');
  });
});
