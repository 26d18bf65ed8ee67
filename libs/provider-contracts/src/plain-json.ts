/**
 * An object as JSON.parse makes it, for the fast paths that use a parsed answer as it is instead of the
 * schema's copy: the copy drops a `__proto__` key (JSON may hold one), and would differ from anything else
 * by its prototype. One read tells both: `__proto__` is that own key when there is one, else the prototype;
 * it is also several times cheaper than `getPrototypeOf` and `hasOwn` on thousands of entries.
 */
export function isPlainJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && (value as { __proto__?: unknown }).__proto__ === Object.prototype;
}
