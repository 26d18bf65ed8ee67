type Schema = Record<string, unknown>;

// Hostile or self-referencing schemas must not recurse forever.
const MAX_DEPTH = 12;

function asSchema(value: unknown): Schema | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : null;
}

/** Follows a local `#/$defs/X` or `#/definitions/X` reference; anything else is unknown. */
function resolveRef(ref: string, root: Schema): Schema | null {
  if (!ref.startsWith('#/')) return null;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) {
    const holder = asSchema(node);
    node = holder === null ? undefined : holder[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return asSchema(node);
}

function typeOf(schema: Schema): string | null {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const first = type.find((entry) => typeof entry === 'string' && entry !== 'null');
    return typeof first === 'string' ? first : 'null';
  }
  if (asSchema(schema['properties'])) return 'object';
  return null;
}

function example(schema: Schema, root: Schema, depth: number): unknown {
  if (depth > MAX_DEPTH) return null;
  if (typeof schema['$ref'] === 'string') {
    const target = resolveRef(schema['$ref'], root);
    return target === null ? 'example' : example(target, root, depth + 1);
  }
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const options = schema[key];
    const first = Array.isArray(options) ? asSchema(options[0]) : null;
    if (first !== null) return example(first, root, depth + 1);
  }
  switch (typeOf(schema)) {
    case 'object':
      return exampleObject(schema, root, depth);
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'null':
      return null;
    default:
      return 'example';
  }
}

function exampleObject(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const properties = asSchema(schema['properties']) ?? {};
  const required = Array.isArray(schema['required']) ? schema['required'] : [];
  const result: Record<string, unknown> = {};
  for (const name of required) {
    if (typeof name !== 'string') continue;
    const property = asSchema(properties[name]);
    // defineProperty, so a property named `__proto__` stays a plain key.
    Object.defineProperty(result, name, {
      value: property === null ? 'example' : example(property, root, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/**
 * A value that fits a JSON schema's required properties: strings 'example', numbers 1, booleans true,
 * arrays [], nested objects recursively, the first enum value or union member.
 */
export function exampleFromSchema(schema: unknown): unknown {
  const root = asSchema(schema);
  return root === null ? {} : example(root, root, 0);
}
