const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source map segment: where a generated column comes from (all zero-based). */
interface Segment {
  column: number;
  source: number;
  line: number;
}

export interface SourceMapJson {
  sources: string[];
  mappings: string;
}

/** Base64 VLQ values of one segment, as the source map v3 format defines them. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit === -1) throw new Error(`Not a base64 VLQ digit: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Maps positions in a bundle back to its sources, so a CPU profile of the bundled client names our files
 * and functions rather than line 4,000 of one file.
 */
export class SourceMap {
  private readonly lines: Segment[][] = [];

  constructor(private readonly json: SourceMapJson) {
    let source = 0;
    let line = 0;
    for (const generated of json.mappings.split(';')) {
      const segments: Segment[] = [];
      let generatedColumn = 0;
      for (const text of generated.split(',')) {
        if (text === '') continue;
        // The fourth field (source column) is not needed: a profile names the line a function starts on.
        const [dColumn, dSource, dLine] = decodeVlq(text);
        generatedColumn += dColumn;
        if (dSource === undefined) continue;
        source += dSource;
        line += dLine;
        segments.push({ column: generatedColumn, source, line });
      }
      this.lines.push(segments);
    }
  }

  /** The source file and one-based line of a zero-based generated position, or null when unmapped. */
  lookup(line: number, column: number): { source: string; line: number } | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle].column <= column) low = middle;
      else high = middle - 1;
    }
    const segment = segments[low].column <= column ? segments[low] : segments[0];
    return { source: this.json.sources[segment.source], line: segment.line + 1 };
  }
}
