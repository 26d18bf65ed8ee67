import fc from 'fast-check';

/**
 * Any value a field of a loose JSON answer might hold that its schema may not want: null, missing, the
 * wrong type, numbers out of every range (negative, fractional, unsafe, NaN, infinite), empty containers.
 */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 4 }),
  fc.constant(''),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0.5, -0.5, 2 ** 60),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

/**
 * Mostly the well-formed value, now and then an odd one: a single odd field deep inside an otherwise good
 * answer is where a fast path and its schema part ways, so that case is drawn often.
 */
export function mostly<T>(good: fc.Arbitrary<T>, weight = 6): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight }, { arbitrary: oddValue, weight: 1 });
}
