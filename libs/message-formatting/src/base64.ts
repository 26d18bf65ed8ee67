/**
 * Bytes that base64 text decodes to, from its length alone (every 4 characters carry 3 bytes; padding
 * carries none), so a 30 MB attachment is measured without being decoded.
 */
export function decodedByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor(((base64.length - padding) * 3) / 4);
}

/** UTF-8 text from base64 (browser-safe: `atob` and `TextDecoder`, no `Buffer`). */
export function decodeBase64Text(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

export function toDataUrl(mediaType: string, base64: string): string {
  return `data:${mediaType};base64,${base64}`;
}
