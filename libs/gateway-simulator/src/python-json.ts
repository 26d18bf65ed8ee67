/**
 * JSON as Python's `json.dumps` writes it with its defaults: `", "` and `": "` between items, non-ASCII
 * characters escaped. LiteLLM writes its mid-stream error frames this way, unlike its chunks (pydantic's
 * compact JSON), so a client that matched frames by exact text would see the difference.
 */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return asciiOnly(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${asciiOnly(JSON.stringify(key))}: ${pythonJson(item)}`).join(', ')}}`;
  }
  return 'null';
}

function asciiOnly(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
