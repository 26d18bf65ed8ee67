import fc from 'fast-check';
import { SseDecoder, formatSseFrame, parseSse } from './sse';

describe('SSE', () => {
  it('reads back what it formats', () => {
    const body = formatSseFrame('text-delta', { delta: 'Hi\nthere' }) + formatSseFrame('finish', { ok: true });
    expect(parseSse(body)).toEqual([
      { event: 'text-delta', data: '{"delta":"Hi\\nthere"}' },
      { event: 'finish', data: '{"ok":true}' },
    ]);
  });

  it('follows the event-stream rules for comments, default names, multi-line data and line ends', () => {
    const body = ': keep-alive\r\n\r\ndata: a\r\ndata:b\r\rid: 7\nevent: x\ndata\n\n';
    expect(parseSse(body)).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'x', data: '' },
    ]);
  });

  it('holds back a frame until its blank line arrives', () => {
    const decoder = new SseDecoder();
    expect(decoder.push('event: usage\ndata: {"a"')).toEqual([]);
    expect(decoder.push(':1}\n')).toEqual([]);
    expect(decoder.push('\n')).toEqual([{ event: 'usage', data: '{"a":1}' }]);
  });

  it('drops a frame the stream cut off before its blank line', () => {
    const decoder = new SseDecoder();
    expect(decoder.push('event: finish\ndata: {"partial"')).toEqual([]);
    expect(decoder.end()).toEqual([]);
  });

  it('gives the same frames whatever the chunk boundaries', () => {
    const frame = fc.record({
      event: fc.constantFrom('turn-start', 'text-delta', 'finish'),
      data: fc.jsonValue(),
    });
    const newline = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 8 }), newline, fc.array(fc.nat(), { maxLength: 12 }), (frames, eol, cuts) => {
        const body = frames.map((f) => formatSseFrame(f.event, f.data).replace(/\n/g, eol)).join('');
        const points = [...new Set(cuts.map((cut) => cut % (body.length + 1)))].sort((a, b) => a - b);
        const decoder = new SseDecoder();
        const pieces = [0, ...points].map((start, i) => body.slice(start, points[i] ?? body.length));
        const decoded = [...pieces.flatMap((piece) => decoder.push(piece)), ...decoder.end()];
        expect(decoded).toEqual(parseSse(body));
        expect(decoded.map((f) => JSON.parse(f.data))).toEqual(frames.map((f) => JSON.parse(JSON.stringify(f.data))));
      }),
      { numRuns: 500 },
    );
  });
});
