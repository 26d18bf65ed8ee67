import { type z } from 'zod';
import { isPlainJsonObject } from './plain-json';

/** True only for a value the schema would return unchanged (equal, unknown keys and all). */
export type LenientGuard<T> = (value: unknown) => value is T;

/** A schema's `safeParse`, answering with the value itself when its guard accepts it. */
export type LenientParse<T> = (value: unknown) => z.ZodSafeParseResult<T>;

type Check = (value: unknown) => boolean;

const NEVER: Check = () => false;

/**
 * A guard compiled from a zod schema for the answers that are large or frequent (stream chunks, discovery
 * lists of thousands of models): typeof tests in place of zod's parse, which copies every loose object. It
 * understands loose objects, arrays, strings with length bounds, booleans, finite numbers with integer and
 * bound checks, optional, nullable, catch and unknown; anything else (unions, refinements, other checks,
 * strict or stripping objects) makes it answer false, so the caller takes the schema and its issue paths.
 * Derived, not written beside the schema: the two cannot drift apart.
 */
export function compileLenientGuard<S extends z.ZodType>(schema: S): LenientGuard<z.infer<S>> {
  const check = compile(schema);
  return (value): value is z.infer<S> => check(value);
}

/**
 * `schema.safeParse` with the guard in front: a value the guard accepts is the answer as it is, anything
 * else takes the schema, with its leniency (catches) and its issue paths.
 */
export function compileLenientParse<S extends z.ZodType>(schema: S): LenientParse<z.infer<S>> {
  const guard = compileLenientGuard(schema);
  return (value) => (guard(value) ? { success: true, data: value } : schema.safeParse(value));
}

/**
 * What one schema accepts, as data rather than a chain of closures, written out as code: an object's fields
 * are tested inline, and only nested arrays and objects cost a call. Thousands of entries of a dozen nullish
 * fields each made the wrappers' calls most of the guard's time.
 */
interface Accepts {
  undefined: boolean;
  null: boolean;
  kind: 'any' | 'string' | 'boolean' | 'number' | 'other';
  /** Bounds of a string's length (inclusive) or of a number; an integer-only number is `integer`. */
  min: number;
  max: number;
  minExclusive: boolean;
  maxExclusive: boolean;
  integer: boolean;
  /** For `other`: arrays and objects. */
  check: Check;
}

type Def = Record<string, unknown> & { type: string; checks?: unknown[]; innerType?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function compile(schema: z.ZodType): Check {
  const accepted = describe(schema);
  return accepted.kind === 'other' && !accepted.undefined && !accepted.null ? accepted.check : generate([], 'value', (test) => `return ${test(accepted, 'value')};`);
}

/** Turns one description into a JS expression over the variable `x`; nested checks go in `refs`, called by index. */
function expression(refs: Check[]): (accepted: Accepts, x: string) => string {
  return (accepted, x) => {
    if (accepted.kind === 'any') return 'true';
    const alternatives: string[] = [];
    if (accepted.undefined) alternatives.push(`${x} === undefined`);
    if (accepted.null) alternatives.push(`${x} === null`);
    alternatives.push(kindTest(accepted, x, refs));
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' || ')})`;
  };
}

function kindTest(accepted: Accepts, x: string, refs: Check[]): string {
  switch (accepted.kind) {
    case 'string':
      return [`typeof ${x} === 'string'`, ...bounds(`${x}.length`, accepted)].join(' && ');
    case 'boolean':
      return `typeof ${x} === 'boolean'`;
    case 'number': {
      const finite = accepted.integer ? `Number.isSafeInteger(${x})` : `Number.isFinite(${x})`;
      return `(${[`typeof ${x} === 'number'`, finite, ...bounds(x, accepted)].join(' && ')})`;
    }
    default:
      if (accepted.check === NEVER) return 'false';
      refs.push(accepted.check);
      return `refs[${refs.length - 1}](${x})`;
  }
}

/** Only finite bounds are written out: they are numbers of our own schemas, printed as JS numbers. */
function bounds(x: string, { min, max, minExclusive, maxExclusive }: Accepts): string[] {
  const tests: string[] = [];
  if (Number.isFinite(min)) tests.push(`${x} ${minExclusive ? '>' : '>='} ${String(min)}`);
  if (Number.isFinite(max)) tests.push(`${x} ${maxExclusive ? '<' : '<='} ${String(max)}`);
  return tests;
}

/**
 * Compiles a check to code with `new Function`: an object's fields read by fixed names (a monomorphic load)
 * instead of by keys from a list (a megamorphic one, several times dearer on thousands of entries). Safe,
 * for what goes into the code comes from our own schemas only, never from the value checked: field names
 * as JSON string literals, bounds as numbers, nested checks by index. Where code cannot be made (a page
 * whose Content-Security-Policy forbids it), the check answers false and every value takes the schema.
 */
function generate(refs: Check[], parameter: string, body: (test: (accepted: Accepts, x: string) => string) => string): Check {
  const code = body(expression(refs));
  try {
    return new Function('refs', 'isPlainJsonObject', `"use strict"; return function check(${parameter}) { ${code} };`)(refs, isPlainJsonObject) as Check;
  } catch {
    return NEVER;
  }
}

function describe(schema: z.ZodType): Accepts {
  const accepted: Accepts = {
    undefined: false,
    null: false,
    kind: 'other',
    min: -Infinity,
    max: Infinity,
    minExclusive: false,
    maxExclusive: false,
    integer: false,
    check: NEVER,
  };
  let def = defOf(schema);
  // Wrappers first. A value its inner schema returns unchanged is never caught, so a catch adds nothing.
  // An optional answers `undefined` itself only when its inner schema does not take it (`optin`): a default
  // inside would replace it.
  for (;;) {
    if (def.type === 'optional') accepted.undefined ||= (def.innerType as z.ZodType)._zod.optin === undefined;
    else if (def.type === 'nullable') accepted.null = true;
    else if (def.type !== 'catch') break;
    def = defOf(def.innerType as z.ZodType);
  }
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'unknown':
    case 'any':
      return { ...accepted, undefined: true, null: true, kind: 'any' };
    case 'string':
      return withChecks({ ...accepted, kind: 'string', min: 0 }, checks);
    case 'boolean':
      return { ...accepted, kind: 'boolean' };
    case 'number':
      return withChecks({ ...accepted, kind: 'number' }, checks);
    case 'array':
      return { ...accepted, check: checks.length ? NEVER : compileArray(describe(def['element'] as z.ZodType)) };
    case 'object':
      return { ...accepted, check: compileLooseObject(def['shape'] as Record<string, z.ZodType>, def['catchall'] as z.ZodType | undefined) };
    default:
      return accepted;
  }
}

/** The fields of zod's check definitions read here (`min_length`, `number_format`, `greater_than`...). */
interface CheckDef {
  check?: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: unknown;
  maximum?: unknown;
}

/**
 * Length bounds of a string; `int()` (the safe-integer format) and bounds of a number, which zod checks
 * after refusing NaN and infinities. A check this does not know sends every value to the schema.
 */
function withChecks(accepted: Accepts, checks: unknown[]): Accepts {
  for (const check of checks) {
    const def = (check as { _zod?: { def?: CheckDef } })._zod?.def;
    if (!applyCheck(accepted, def)) return { ...accepted, kind: 'other', check: NEVER };
  }
  return accepted;
}

function applyCheck(accepted: Accepts, def: CheckDef | undefined): boolean {
  const check = def?.check;
  if (accepted.kind === 'string') {
    if (check === 'min_length' && typeof def?.minimum === 'number') accepted.min = Math.max(accepted.min, def.minimum);
    else if (check === 'max_length' && typeof def?.maximum === 'number') accepted.max = Math.min(accepted.max, def.maximum);
    else return false;
    return true;
  }
  if (check === 'number_format' && def?.format === 'safeint') {
    accepted.integer = true;
    return true;
  }
  if ((check !== 'greater_than' && check !== 'less_than') || typeof def?.value !== 'number') return false;
  const bound = def.value;
  const exclusive = !def.inclusive;
  if (check === 'greater_than') {
    // The stricter of two bounds; at the same value, an exclusive one is the stricter.
    if (bound > accepted.min || (bound === accepted.min && exclusive)) [accepted.min, accepted.minExclusive] = [bound, exclusive];
  } else if (bound < accepted.max || (bound === accepted.max && exclusive)) {
    [accepted.max, accepted.maxExclusive] = [bound, exclusive];
  }
  return true;
}

// Plain loops: these run for every chunk of every stream, where `every` with a callback showed in profiles.
function compileArray(element: Accepts): Check {
  // Indexed: a hole is an element the schema refuses, and `for...of` reads it as undefined.
  return generate([], 'value', (test) =>
    `if (!Array.isArray(value)) return false; for (let i = 0; i < value.length; i++) { if (!(i in value)) return false; const x = value[i]; if (!(${test(element, 'x')})) return false; } return true;`,
  );
}

/** Only loose objects keep what they do not declare; any other object's parse is a different value. */
function compileLooseObject(shape: Record<string, z.ZodType>, catchall: z.ZodType | undefined): Check {
  if (catchall?._zod.def.type !== 'unknown') return NEVER;
  const fields = Object.keys(shape).map((key) => [key, describe(shape[key])] as const);
  return generate([], 'value', (test) => {
    const reads = fields.map(([key, accepted], i) => `const f${i} = value[${JSON.stringify(key)}]; if (!(${test(accepted, `f${i}`)})) return false;`);
    return `if (!isPlainJsonObject(value)) return false; ${reads.join(' ')} return true;`;
  });
}
