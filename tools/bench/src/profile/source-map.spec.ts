import { SourceMap, decodeVlq } from './source-map';

describe('decodeVlq', () => {
  it('decodes small, negative and multi-digit values', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2HwcrxB')).toEqual([123, 456, -789]);
  });

  it('refuses a character outside base64', () => {
    expect(() => decodeVlq('A!')).toThrow(/VLQ digit/);
  });
});

describe('SourceMap', () => {
  // Line 1: columns 0 and 10 from a.ts lines 1 and 3; line 2: column 4 from b.ts line 2.
  const map = new SourceMap({ sources: ['a.ts', 'b.ts'], mappings: 'AAAA,UAEA;ICDA' });

  it('finds the segment at or before a column', () => {
    expect(map.lookup(0, 0)).toEqual({ source: 'a.ts', line: 1 });
    expect(map.lookup(0, 12)).toEqual({ source: 'a.ts', line: 3 });
    expect(map.lookup(1, 4)).toEqual({ source: 'b.ts', line: 2 });
  });

  it('knows nothing of a line without segments', () => {
    expect(map.lookup(5, 0)).toBeNull();
  });
});
