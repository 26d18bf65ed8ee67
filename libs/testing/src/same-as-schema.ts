import fc from 'fast-check';

interface SafeParsing {
  safeParse(value: unknown): unknown;
}

export interface SameAsSchemaOptions {
  numRuns?: number;
  /** `toStrictEqual` rather than `toEqual`: a key the schema would drop must not stay, even as `undefined`. */
  strict?: boolean;
}

/**
 * Asserts that a fast path gives the same answer as the schema it stands in for, for every value drawn:
 * the same data when both accept, the same issues when the schema refuses. Counts how often the fast path
 * used the value as it is, so a test can also show that the fast path is taken at all.
 */
export function expectSameAsSchema(
  values: fc.Arbitrary<unknown>,
  fast: (value: unknown) => unknown,
  schema: SafeParsing,
  { numRuns = 5000, strict = false }: SameAsSchemaOptions = {},
): { usedAsIs: number } {
  let usedAsIs = 0;
  fc.assert(
    fc.property(values, (value) => {
      const answer = fast(value) as { success?: boolean; data?: unknown };
      const expected = schema.safeParse(value);
      if (strict) expect(answer).toStrictEqual(expected);
      else expect(answer).toEqual(expected);
      if (answer.success && answer.data === value) usedAsIs++;
    }),
    { numRuns },
  );
  return { usedAsIs };
}
