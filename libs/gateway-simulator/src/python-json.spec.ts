import { pythonJson } from './python-json';

describe('pythonJson', () => {
  it("spaces items the way Python's json.dumps does", () => {
    expect(pythonJson({ error: { message: 'x', type: null, code: '500', list: [1, true] } })).toBe(
      '{"error": {"message": "x", "type": null, "code": "500", "list": [1, true]}}',
    );
  });

  it('escapes non-ASCII characters and keeps the escapes of control characters', () => {
    expect(pythonJson('é😀\n"')).toBe('"\\u00e9\\ud83d\\ude00\\n\\""');
  });

  it('parses back to the same value', () => {
    const value = { a: [{ b: 'Group=sim\nFallbacks=None' }], c: 1.5, d: false };
    expect(JSON.parse(pythonJson(value))).toEqual(value);
  });
});
