import { EMPTY_ANSWER } from './answer-state';
import { emptyTranscript, readTranscript } from './transcript';

const streaming = {
  id: 't1',
  prompt: 'hi',
  attachments: [],
  model: 'litellm/gpt-4o-mini',
  tools: true,
  status: 'streaming',
  answer: EMPTY_ANSWER,
  httpStatus: null,
  startedAt: '2026-01-01T00:00:00.000Z',
};

describe('readTranscript', () => {
  it('reads back what was stored, a turn cut off by the reload reading as stopped', () => {
    const stored = JSON.stringify({ ...emptyTranscript('Be brief.'), turns: [streaming] });
    expect(readTranscript(stored)).toEqual({ ...emptyTranscript('Be brief.'), turns: [{ ...streaming, status: 'stopped' }] });
  });

  it('reads nothing from no transcript, broken JSON, another format or a version it does not know', () => {
    expect(readTranscript(null)).toBeNull();
    expect(readTranscript('{"format":')).toBeNull();
    expect(readTranscript(JSON.stringify({ ...emptyTranscript(), version: 2 }))).toBeNull();
    expect(readTranscript(JSON.stringify({ ...emptyTranscript(), turns: [{ ...streaming, status: 'lost' }] }))).toBeNull();
  });
});
