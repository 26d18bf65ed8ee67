import { loadTranscript, saveTranscript } from './transcript-storage';
import { emptyTranscript } from './transcript';
import { EMPTY_ANSWER } from './answer-state';

/** Local storage with a quota, as browsers have one (a few megabytes per origin). */
function storageWithQuota(quotaChars: number): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (value.length > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const turn = (prompt: string) => ({
  id: `t-${prompt.length}`,
  prompt,
  attachments: [],
  model: 'litellm/gpt-4o-mini',
  tools: false,
  status: 'done' as const,
  answer: EMPTY_ANSWER,
  httpStatus: null,
  startedAt: '2026-01-01T00:00:00.000Z',
});

describe('saveTranscript', () => {
  it('keeps a conversation for the next visit, and forgets it when it is emptied', () => {
    const storage = storageWithQuota(10_000);
    const transcript = { ...emptyTranscript(), turns: [turn('hi')] };
    expect(saveTranscript(storage, transcript)).toBe(true);
    expect(loadTranscript(storage)).toEqual(transcript);
    expect(saveTranscript(storage, emptyTranscript())).toBe(true);
    expect(storage.length).toBe(0);
  });

  it('says so when the conversation outgrows the quota, leaving no stale copy behind', () => {
    const storage = storageWithQuota(1_000);
    expect(saveTranscript(storage, { ...emptyTranscript(), turns: [turn('small')] })).toBe(true);
    expect(saveTranscript(storage, { ...emptyTranscript(), turns: [turn('x'.repeat(2_000))] })).toBe(false);
    expect(loadTranscript(storage)).toBeNull();
  });
});
