import { appendTurn, nonEmptyTexts, type Turn } from './turns';

describe('appendTurn', () => {
  it('merges items into the previous turn of the same role', () => {
    const turns: Turn<'user' | 'model', string>[] = [];
    appendTurn(turns, 'user', ['a']);
    appendTurn(turns, 'user', ['b', 'c']);
    appendTurn(turns, 'model', ['d']);
    appendTurn(turns, 'user', ['e']);
    expect(turns).toEqual([
      { role: 'user', items: ['a', 'b', 'c'] },
      { role: 'model', items: ['d'] },
      { role: 'user', items: ['e'] },
    ]);
  });

  it('leaves out a turn without items', () => {
    const turns: Turn<'user' | 'model', string>[] = [];
    appendTurn(turns, 'model', []);
    expect(turns).toEqual([]);
  });

  it('does not share the caller array with the turn', () => {
    const turns: Turn<'user', string>[] = [];
    const items = ['a'];
    appendTurn(turns, 'user', items);
    appendTurn(turns, 'user', ['b']);
    expect(items).toEqual(['a']);
  });
});

describe('nonEmptyTexts', () => {
  it('keeps a non-empty string and the texts of parts, dropping empty ones', () => {
    expect(nonEmptyTexts('hi')).toEqual(['hi']);
    expect(nonEmptyTexts([{ type: 'text', text: 'a' }, { type: 'text', text: '' }, { type: 'text', text: 'b' }])).toEqual(['a', 'b']);
  });

  it('gives nothing for null or empty content', () => {
    expect(nonEmptyTexts(null)).toEqual([]);
    expect(nonEmptyTexts('')).toEqual([]);
  });
});
