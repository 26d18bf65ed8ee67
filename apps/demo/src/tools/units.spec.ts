import { convertUnits } from './units';

describe('convertUnits', () => {
  it.each([
    [1, 'km', 'm', 1000],
    [1, 'mi', 'km', 1.609344],
    [12, 'in', 'ft', 1],
    [1, 'lb', 'g', 453.59237],
    [16, 'oz', 'lb', 1],
    [100, 'C', 'F', 212],
    [32, 'F', 'C', 0],
    [0, 'K', 'C', -273.15],
  ] as const)('converts %d %s to %s', (value, from, to, expected) => {
    expect(convertUnits(value, from, to)).toBeCloseTo(expected, 9);
  });

  it('refuses to mix dimensions', () => {
    expect(() => convertUnits(1, 'km', 'kg')).toThrow('Cannot convert km (length) to kg (mass)');
    expect(() => convertUnits(1, 'C', 'm')).toThrow('Cannot convert C (temperature) to m (length)');
  });

  it('refuses temperatures below absolute zero', () => {
    expect(() => convertUnits(-500, 'F', 'C')).toThrow('-500 F is below absolute zero');
  });
});
