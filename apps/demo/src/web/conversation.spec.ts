import { type ChatResult } from '@modelgate/provider-contracts';
import { EMPTY_ANSWER } from './answer-state';
import { putTurn, requestMessages, sessionTotals } from './conversation';
import { type Transcript, type Turn, emptyTranscript } from './transcript';

const result = (content: string, usd: number | null): ChatResult =>
  ({
    content,
    usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: 2 },
    cost: { usd, source: usd === null ? 'unknown' : 'price-table' },
    timing: { totalMs: 100 },
  }) as ChatResult;

let next = 0;
const turn = (overrides: Partial<Turn>): Turn => ({
  id: `t${(next += 1)}`,
  prompt: 'hi',
  attachments: [],
  model: 'litellm/gpt-4o-mini',
  tools: false,
  status: 'done',
  answer: EMPTY_ANSWER,
  httpStatus: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const PNG = { kind: 'image' as const, name: 'a.png', mediaType: 'image/png' as const, bytes: 3, data: 'AAAA' };

describe('requestMessages', () => {
  it('sends the system prompt, then each answered turn as the user said it and the model answered it', () => {
    const first = turn({ prompt: 'What is 12 * 7?', answer: { ...EMPTY_ANSWER, result: result('The result is 84.', 0.001) } });
    const failed = turn({ prompt: 'lost', status: 'failed' });
    const stopped = turn({ prompt: 'cut', status: 'stopped', answer: { ...EMPTY_ANSWER, blocks: [{ kind: 'text', turn: 1, text: 'half' }] } });
    const current = turn({ prompt: 'And this?', attachments: [PNG], status: 'streaming' });
    const transcript: Transcript = { ...emptyTranscript('Be brief.'), turns: [first, failed, stopped, current] };
    expect(requestMessages(transcript, current)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'What is 12 * 7?' },
      { role: 'assistant', content: 'The result is 84.' },
      { role: 'user', content: [{ type: 'text', text: 'And this?' }, { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: 'AAAA' } }] },
    ]);
  });

  it('leaves an empty system prompt out, and a retried turn sees only the turns before it', () => {
    const first = turn({ answer: { ...EMPTY_ANSWER, result: result('hello', 0) } });
    const retried = turn({ prompt: 'again', status: 'streaming' });
    const later = turn({ prompt: 'later', answer: { ...EMPTY_ANSWER, result: result('x', 0) } });
    const transcript: Transcript = { ...emptyTranscript(' '), turns: [first, retried, later] };
    expect(requestMessages(transcript, retried).map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
  });

  it('sends a PDF as a file part named after the file', () => {
    const pdf = { kind: 'pdf' as const, name: 'notes.pdf', mediaType: 'application/pdf' as const, bytes: 3, data: 'AAAA' };
    const current = turn({ prompt: '', attachments: [pdf] });
    expect(requestMessages(emptyTranscript(''), current)).toEqual([
      { role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', filename: 'notes.pdf', source: { kind: 'base64', mediaType: 'application/pdf', data: 'AAAA' } }] },
    ]);
  });
});

describe('putTurn', () => {
  it('replaces a turn with the same id in place, else appends', () => {
    const a = turn({});
    const b = turn({});
    const transcript = putTurn(putTurn(emptyTranscript(), a), b);
    const retried = { ...a, prompt: 'again' };
    expect(putTurn(transcript, retried).turns).toEqual([retried, b]);
  });
});

describe('sessionTotals', () => {
  it('sums the turns that got a result and counts those of unknown cost', () => {
    const transcript: Transcript = {
      ...emptyTranscript(),
      turns: [
        turn({ answer: { ...EMPTY_ANSWER, result: result('a', 0.25) } }),
        turn({ answer: { ...EMPTY_ANSWER, result: result('b', null) } }),
        turn({ status: 'failed' }),
      ],
    };
    expect(sessionTotals(transcript)).toEqual({ turns: 2, inputTokens: 20, outputTokens: 10, reasoningTokens: 4, usd: 0.25, unpriced: 1, totalMs: 200 });
  });
});
