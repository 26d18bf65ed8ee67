import { ChatRequestBody, textOf } from './chat-request';

describe('ChatRequestBody', () => {
  it('keeps fields it does not know', () => {
    const parsed = ChatRequestBody.parse({ model: 'm', messages: [{ role: 'user', content: 'hi', extra: 1 }], user: 'u' });
    expect(parsed).toMatchObject({ user: 'u', messages: [{ extra: 1 }] });
  });

  it('tolerates nulls where clients send them', () => {
    expect(ChatRequestBody.safeParse({ model: 'm', messages: [], tools: null, stream_options: null, metadata: null }).success).toBe(true);
  });
});

describe('textOf', () => {
  it('reads strings and the text parts of arrays', () => {
    expect(textOf('plain')).toBe('plain');
    expect(textOf([{ type: 'text', text: 'a' }, { type: 'image_url' }, { type: 'text', text: 'b' }])).toBe('a b');
    expect(textOf(null)).toBe('');
  });
});
