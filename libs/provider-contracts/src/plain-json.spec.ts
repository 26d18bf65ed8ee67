import { isPlainJsonObject } from './plain-json';

describe('isPlainJsonObject', () => {
  it('takes an object as JSON.parse makes it', () => {
    expect(isPlainJsonObject(JSON.parse('{"id": "a", "nested": {}}'))).toBe(true);
  });

  it('refuses arrays, null, other prototypes and a __proto__ key', () => {
    expect(isPlainJsonObject(JSON.parse('[]'))).toBe(false);
    expect(isPlainJsonObject(null)).toBe(false);
    expect(isPlainJsonObject(Object.create(null))).toBe(false);
    expect(isPlainJsonObject(new Date())).toBe(false);
    expect(isPlainJsonObject(JSON.parse('{"__proto__": {}}'))).toBe(false);
  });
});
