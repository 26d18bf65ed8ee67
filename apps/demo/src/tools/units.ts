import { z } from 'zod';

type Dimension = 'length' | 'mass' | 'temperature';

/** Each unit's dimension and its factor to the base unit (metre, kilogram); temperatures use formulas. */
const UNITS = {
  mm: ['length', 0.001],
  cm: ['length', 0.01],
  m: ['length', 1],
  km: ['length', 1000],
  in: ['length', 0.0254],
  ft: ['length', 0.3048],
  yd: ['length', 0.9144],
  mi: ['length', 1609.344],
  mg: ['mass', 1e-6],
  g: ['mass', 0.001],
  kg: ['mass', 1],
  oz: ['mass', 0.028349523125],
  lb: ['mass', 0.45359237],
  C: ['temperature', null],
  F: ['temperature', null],
  K: ['temperature', null],
} as const satisfies Record<string, readonly [Dimension, number | null]>;

type UnitName = keyof typeof UNITS;
// Object.keys loses the literal keys; the table above is the only source of them.
export const Unit = z.enum(Object.keys(UNITS) as [UnitName, ...UnitName[]]);
export type Unit = z.infer<typeof Unit>;

type TemperatureUnit = 'C' | 'F' | 'K';

function toKelvin(value: number, unit: TemperatureUnit): number {
  if (unit === 'K') return value;
  return unit === 'C' ? value + 273.15 : ((value - 32) * 5) / 9 + 273.15;
}

function fromKelvin(kelvin: number, unit: TemperatureUnit): number {
  if (unit === 'K') return kelvin;
  return unit === 'C' ? kelvin - 273.15 : ((kelvin - 273.15) * 9) / 5 + 32;
}

/** Converts between units of one dimension; mixing dimensions (km to kg) is an error, not a number. */
export function convertUnits(value: number, from: Unit, to: Unit): number {
  const [fromDimension, fromFactor] = UNITS[from];
  const [toDimension, toFactor] = UNITS[to];
  if (fromDimension !== toDimension) {
    throw new Error(`Cannot convert ${from} (${fromDimension}) to ${to} (${toDimension})`);
  }
  if (fromFactor === null || toFactor === null) {
    const kelvin = toKelvin(value, from as TemperatureUnit);
    if (kelvin < 0) throw new Error(`${value} ${from} is below absolute zero`);
    return fromKelvin(kelvin, to as TemperatureUnit);
  }
  return (value * fromFactor) / toFactor;
}
