import { type FastifyInstance } from 'fastify';

/**
 * A JSON body this server refuses, with the reason in its own words: a typed 400 for a body that is not JSON,
 * a 422 for JSON the document allows but this server will not take (a prototype-polluting key: free-form
 * fields such as a JSON Schema take any key in the document, and no schema can say which it refuses).
 */
export class BodyRejection extends Error {
  override readonly name = 'BodyRejection';

  constructor(
    message: string,
    readonly statusCode: 400 | 422 = 400,
  ) {
    super(message);
  }
}

/**
 * The first key that could poison a prototype once the body is merged into another object: an own
 * `__proto__` (JSON.parse keeps it as a plain key) or a `constructor` holding a `prototype`. Walked without
 * recursion, as deep bodies are the point of an attack.
 */
function poisonedKey(value: unknown): string | null {
  const pending: unknown[] = [value];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (typeof current !== 'object' || current === null) continue;
    if (Object.hasOwn(current, '__proto__')) return '__proto__';
    const constructor = (current as { constructor?: unknown }).constructor;
    if (Object.hasOwn(current, 'constructor') && typeof constructor === 'object' && constructor !== null && Object.hasOwn(constructor, 'prototype')) {
      return 'constructor.prototype';
    }
    pending.push(...Object.values(current));
  }
  return null;
}

/** Parses a JSON body; every refusal says what is wrong with it, and none quotes it. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw new BodyRejection('Request body is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BodyRejection('Request body is not valid JSON');
  }
  const key = poisonedKey(value);
  if (key !== null) throw new BodyRejection(`Request body has a "${key}" key, which this server refuses (prototype pollution)`, 422);
  return value;
}

/** Replaces Fastify's JSON parser, whose one error for every refusal calls a `__proto__` key "not valid JSON". */
export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as BodyRejection, undefined);
    }
  });
}
