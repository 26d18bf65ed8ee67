import fc from 'fast-check';
import { ArithmeticError, MAX_EXPRESSION_LENGTH, evaluateArithmetic, formatNumber } from './arithmetic';

describe('evaluateArithmetic', () => {
  it.each([
    ['12 * 7', 84],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['-3 + 5', 2],
    ['-(2 + 3) * -2', 10],
    ['.5 + 1.25', 1.75],
    ['  42  ', 42],
    ['2 * (3 + (4 - 1)) / 3', 4],
  ])('evaluates %s to %d', (expression, expected) => {
    expect(evaluateArithmetic(expression)).toBe(expected);
  });

  it.each([
    ['', 'Unexpected end of expression at column 1'],
    ['1 +', 'Unexpected end of expression at column 4'],
    ['(1 + 2', 'Missing ")" at column 7'],
    ['1 + 2)', 'Unexpected ")" at column 6'],
    ['2 ** 3', 'Unexpected "*" at column 4'],
    ['process.exit()', 'Unexpected "p" at column 1'],
    ['1 / (2 - 2)', 'Division by zero at column 5'],
  ])('rejects %j with "%s"', (expression, message) => {
    expect(() => evaluateArithmetic(expression)).toThrow(message);
  });

  it('refuses code in place of numbers, so nothing but arithmetic can run', () => {
    for (const hostile of ['constructor', 'this', '1; globalThis', '`1`', '1e3']) {
      expect(() => evaluateArithmetic(hostile)).toThrow(ArithmeticError);
    }
  });

  it('refuses deep nesting and long input before they cost anything', () => {
    expect(() => evaluateArithmetic(`${'('.repeat(40)}1${')'.repeat(40)}`)).toThrow(/nested levels/);
    expect(() => evaluateArithmetic('-'.repeat(40) + '1')).toThrow(/nested levels/);
    expect(() => evaluateArithmetic('1+'.repeat(MAX_EXPRESSION_LENGTH))).toThrow(/longer than/);
  });

  it('agrees with integer arithmetic on random sums and products', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (a, b, c) => {
        expect(evaluateArithmetic(`${a} + (${b}) * ${c}`)).toBe(a + b * c);
      }),
    );
  });

  it('never throws anything but an ArithmeticError on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.+-*/() x'.split('')), maxLength: 60 }), (text) => {
        try {
          expect(typeof evaluateArithmetic(text)).toBe('number');
        } catch (error) {
          expect(error).toBeInstanceOf(ArithmeticError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatNumber', () => {
  it('hides binary rounding noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(84)).toBe('84');
    expect(formatNumber(-2.5)).toBe('-2.5');
  });
});
