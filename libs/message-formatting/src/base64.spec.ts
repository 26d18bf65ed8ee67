import fc from 'fast-check';
import { decodeBase64Text, decodedByteLength, toDataUrl } from './base64';
import { TEXT, TEXT_BASE64 } from './test-support/fixtures';

describe('decodedByteLength', () => {
  it('equals the decoded size of padded base64 of any length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodedByteLength(Buffer.from(bytes).toString('base64'))).toBe(bytes.length);
      }),
    );
  });

  it('equals the decoded size when the padding is left out', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodedByteLength(Buffer.from(bytes).toString('base64').replace(/=+$/, ''))).toBe(bytes.length);
      }),
    );
  });

  it('is zero for empty data', () => {
    expect(decodedByteLength('')).toBe(0);
  });
});

describe('decodeBase64Text', () => {
  it('decodes UTF-8 text, multi-byte characters included', () => {
    expect(decodeBase64Text(TEXT_BASE64)).toBe(TEXT);
  });

  it('decodes base64 without padding', () => {
    expect(decodeBase64Text('aGk')).toBe('hi');
  });
});

describe('toDataUrl', () => {
  it('prefixes the data with its media type', () => {
    expect(toDataUrl('image/png', 'AAAA')).toBe('data:image/png;base64,AAAA');
  });
});
