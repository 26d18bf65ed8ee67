import { PassThrough } from 'node:stream';
import { type ChatResult, type ChatStream, type StreamEvent } from '@modelgate/provider-contracts';
import { renderStream } from './render-stream';
import { type Paint } from './terminal';

const plain: Paint = { dim: (text) => text, bold: (text) => text, red: (text) => text };
const result = { content: 'The result is 84.' } as ChatResult;

/** A stream that replays fixed events, as a provider's stream would yield them. */
function replay(events: StreamEvent[]): ChatStream {
  return {
    result: Promise.resolve(result),
    async *[Symbol.asyncIterator]() {
      yield* events;
    },
  };
}

async function render(events: StreamEvent[]): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  await expect(renderStream(replay(events), out, plain)).resolves.toBe(result);
  return text;
}

describe('renderStream', () => {
  it('prints tool calls and results on lines of their own, then the streamed text', async () => {
    const text = await render([
      { type: 'turn-start', turn: 1 },
      { type: 'tool-call', turn: 1, id: 'c1', name: 'calculator', arguments: '{"expression":"12 * 7"}' },
      { type: 'tool-result', turn: 1, id: 'c1', name: 'calculator', result: '84', error: null, durationMs: 0.4 },
      { type: 'turn-start', turn: 2 },
      { type: 'text-delta', turn: 2, delta: 'The result ' },
      { type: 'text-delta', turn: 2, delta: 'is 84.' },
      { type: 'finish', result },
    ]);
    expect(text).toBe('  -> calculator({"expression":"12 * 7"})\n  <- 84 (0.4 ms)\nThe result is 84.\n');
  });

  it('starts a tool line on a fresh line after preamble text', async () => {
    const text = await render([
      { type: 'text-delta', turn: 1, delta: 'Let me compute.' },
      { type: 'tool-call', turn: 1, id: 'c1', name: 'calculator', arguments: '{}' },
      { type: 'tool-result', turn: 1, id: 'c1', name: 'calculator', result: null, error: 'Division by zero', durationMs: 1 },
      { type: 'finish', result },
    ]);
    expect(text).toBe('Let me compute.\n  -> calculator({})\n  <- failed: Division by zero (1.0 ms)\n');
  });

  it('labels reasoning and sets the answer apart from it', async () => {
    const text = await render([
      { type: 'reasoning-delta', turn: 1, delta: 'The user ' },
      { type: 'reasoning-delta', turn: 1, delta: 'asks.' },
      { type: 'text-delta', turn: 1, delta: 'Answer.' },
      { type: 'finish', result },
    ]);
    expect(text).toBe('thinking: The user asks.\n\nAnswer.\n');
  });

  it('ends a partial line when the stream fails, so the error line stands alone', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const failing: ChatStream = {
      result: new Promise(() => undefined),
      async *[Symbol.asyncIterator]() {
        yield { type: 'text-delta', turn: 1, delta: 'The res' } as StreamEvent;
        throw new Error('cut');
      },
    };
    await expect(renderStream(failing, out, plain)).rejects.toThrow('cut');
    expect(text).toBe('The res\n');
  });

  it('falls back to the stream result when no finish event came', async () => {
    expect(await render([{ type: 'text-delta', turn: 1, delta: 'x' }])).toBe('x');
  });
});
