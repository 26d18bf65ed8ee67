import { type z } from 'zod';
import { isPlainJsonObject } from './plain-json';

/** True only for a value the schema would return unchanged (equal, unknown keys and all). */
export type LenientGuard<T> = (value: unknown) => value is T;

type Check = (value: unknown) => boolean;

const NEVER: Check = () => false;

/**
 * A guard compiled from a zod schema for the one hot path that needs one (stream chunks): typeof tests in
 * place of zod's parse, which copies every loose object of every chunk. It understands loose objects,
 * arrays, strings, finite and safe-integer numbers, optional, nullable and unknown; anything else (unions,
 * refinements, checks, strict or stripping objects) makes it answer false, so the caller takes the schema
 * and its issue paths. Derived, not written beside the schema: the two cannot drift apart.
 */
export function compileLenientGuard<S extends z.ZodType>(schema: S): LenientGuard<z.infer<S>> {
  const check = compile(schema);
  return (value): value is z.infer<S> => check(value);
}

function compile(schema: z.ZodType): Check {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: unknown[] };
  switch (def.type) {
    case 'unknown':
      return () => true;
    case 'optional': {
      const inner = compile(def['innerType'] as z.ZodType);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compile(def['innerType'] as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case 'string':
      return def.checks?.length ? NEVER : (value) => typeof value === 'string';
    case 'number':
      return compileNumber(def.checks ?? []);
    case 'array':
      return def.checks?.length ? NEVER : compileArray(compile(def['element'] as z.ZodType));
    case 'object':
      return compileLooseObject(def['shape'] as Record<string, z.ZodType>, def['catchall'] as z.ZodType | undefined);
    default:
      return NEVER;
  }
}

function compileNumber(checks: unknown[]): Check {
  if (checks.length === 0) return (value) => typeof value === 'number' && Number.isFinite(value);
  const format = (checks[0] as { _zod?: { def?: { check?: string; format?: string } } })._zod?.def;
  const safeInt = checks.length === 1 && format?.check === 'number_format' && format.format === 'safeint';
  return safeInt ? (value) => Number.isSafeInteger(value) : NEVER;
}

// Plain loops: these run for every chunk of every stream, where `every` with a callback showed in profiles.
function compileArray(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return false;
    // Indexed: a hole is an element the schema refuses, and `for...of` reads it as undefined.
    for (let i = 0; i < value.length; i++) if (!(i in value) || !item(value[i])) return false;
    return true;
  };
}

/** Only loose objects keep what they do not declare; any other object's parse is a different value. */
function compileLooseObject(shape: Record<string, z.ZodType>, catchall: z.ZodType | undefined): Check {
  if (catchall?._zod.def.type !== 'unknown') return NEVER;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compile(shape[key]));
  return (value) => {
    if (!isPlainJsonObject(value)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i](value[keys[i]])) return false;
    return true;
  };
}
