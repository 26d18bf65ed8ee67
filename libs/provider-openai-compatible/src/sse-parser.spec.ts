import fc from 'fast-check';
import { SseErrorEvent, SseParser, readSseData } from './sse-parser';

function parseWhole(text: string): (string | SseErrorEvent)[] {
  return new SseParser().push(text);
}

function parseSplit(text: string, cuts: number[]): (string | SseErrorEvent)[] {
  const parser = new SseParser();
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const events: (string | SseErrorEvent)[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    events.push(...parser.push(text.slice(from, point)));
    from = point;
  }
  return events;
}

function bodyOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const refuse = (data: string): never => {
  throw new Error(`error event: ${data}`);
};

async function collect(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  await readSseData(body, (data) => out.push(data) > 0, refuse);
  return out;
}

describe('SseParser', () => {
  it('yields the data of each event', () => {
    expect(parseWhole('data: {"a":1}\n\ndata: [DONE]\n\n')).toEqual(['{"a":1}', '[DONE]']);
  });

  it('accepts CRLF and lone CR line ends', () => {
    expect(parseWhole('data: one\r\n\r\ndata: two\r\rdata: three\n\n')).toEqual(['one', 'two', 'three']);
  });

  it('joins the data lines of one event with a line feed', () => {
    expect(parseWhole('data: first\ndata: second\n\n')).toEqual(['first\nsecond']);
  });

  it('skips comments and the fields chat completions do not use', () => {
    expect(parseWhole(': keep-alive\n\nevent: message\nid: 7\nretry: 100\ndata: x\n\n')).toEqual(['x']);
  });

  it('strips one space after the colon and keeps any further ones', () => {
    expect(parseWhole('data:tight\n\ndata:  two spaces\n\n')).toEqual(['tight', ' two spaces']);
  });

  it('treats a bare data line as empty data', () => {
    expect(parseWhole('data\ndata: x\n\n')).toEqual(['\nx']);
  });

  it('ignores fields whose name only starts with data', () => {
    expect(parseWhole('database: nope\ndata: yes\n\n')).toEqual(['yes']);
  });

  it('does not deliver an event until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\n')).toEqual([]);
    expect(parser.push('\n')).toEqual(['a']);
  });

  it('reads a CRLF split between two chunks as one line end', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\r')).toEqual([]);
    expect(parser.push('')).toEqual([]);
    expect(parser.push('\n\r')).toEqual(['a']);
    expect(parser.push('\ndata: b\n\n')).toEqual(['b']);
  });

  it('gives the same events however the body is split into chunks', () => {
    const line = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', '{', '"', ':', ' ', 'é', '😀') }).map((s) => `data: ${s}`),
      fc.constantFrom(': comment', 'event: x', 'data', 'id: 1', 'data:', ''),
    );
    const body = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 30, maxLength: 30 }))
      .map(([lines, ends]) => lines.map((l, i) => l + ends[i]).join(''));
    fc.assert(
      fc.property(body, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        expect(parseSplit(text, cuts)).toEqual(parseWhole(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (chunks) => {
        const parser = new SseParser();
        for (const chunk of chunks) parser.push(chunk);
      }),
    );
  });
});

/** A body that repeats one event for as long as it is read, and tells whether it was cancelled. */
function endlessBody(event: string) {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new TextEncoder().encode(event));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, cancelled: () => cancelled };
}

describe('SseParser and error events', () => {
  it('gives an event of type error as an SseErrorEvent, and the events around it as data', () => {
    expect(parseWhole('data: a\n\nevent: error\ndata: {"error": "boom"}\n\ndata: b\n\n')).toEqual([
      'a',
      new SseErrorEvent('{"error": "boom"}'),
      'b',
    ]);
  });

  it('forgets the event type once its event is dispatched, even an event without data', () => {
    expect(parseWhole('event: error\n\ndata: a\n\nevent: message\ndata: b\n\n')).toEqual(['a', 'b']);
  });
});

describe('readSseData', () => {
  it('reads the body no further while pause gives a promise, and goes on once it settles', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++;
          controller.enqueue(new TextEncoder().encode(pulls < 20 ? 'data: tick\n\n' : 'data: [DONE]\n\n'));
        },
      },
      { highWaterMark: 0 },
    );
    let release: () => void = () => undefined;
    let paused: Promise<void> | undefined;
    const seen: string[] = [];
    const reading = readSseData(
      body,
      (data) => {
        seen.push(data);
        if (seen.length === 3) paused = new Promise((resolve) => (release = resolve));
        return data !== '[DONE]';
      },
      refuse,
      () => paused,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(3);
    expect(pulls).toBeLessThanOrEqual(4);
    paused = undefined;
    release();
    await reading;
    expect(seen).toHaveLength(20);
    expect(seen.at(-1)).toBe('[DONE]');
  });

  it('hands an error event to onError, which ends the read, and cancels the body', async () => {
    const { body, cancelled } = endlessBody('event: error\ndata: upstream gone\n\n');
    await expect(collect(body)).rejects.toThrow('error event: upstream gone');
    expect(cancelled()).toBe(true);
  });


  it('decodes multi-byte characters split across network chunks', async () => {
    const bytes = new TextEncoder().encode('data: héllo 😀\n\ndata: [DONE]\n\n');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    await expect(collect(bodyOf(chunks))).resolves.toEqual(['héllo 😀', '[DONE]']);
  });

  it('drops an event the body cut off before its blank line', async () => {
    const body = bodyOf([new TextEncoder().encode('data: complete\n\ndata: {"cut')]);
    await expect(collect(body)).resolves.toEqual(['complete']);
  });

  it('cancels the body when the reader stops early', async () => {
    const { body, cancelled } = endlessBody('data: tick\n\n');
    const seen: string[] = [];
    await readSseData(
      body,
      (data) => {
        seen.push(data);
        return false;
      },
      refuse,
    );
    expect(seen).toEqual(['tick']);
    expect(cancelled()).toBe(true);
  });

  it('cancels the body and rethrows when reading an event fails', async () => {
    const { body, cancelled } = endlessBody('data: {not json\n\n');
    const failure = new Error('cannot read that frame');
    await expect(
      readSseData(
        body,
        () => {
          throw failure;
        },
        refuse,
      ),
    ).rejects.toBe(failure);
    expect(cancelled()).toBe(true);
  });
});
