import { AttachmentSource, ContentPart, FilePart, ImagePart } from './content-part';
import { ChatMessage } from './message';

const base64 = (data: string, mediaType = 'image/png') => ({ kind: 'base64', mediaType, data });
const issuesOf = (value: unknown) => {
  const result = AttachmentSource.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('AttachmentSource', () => {
  it('accepts base64 with or without its padding, and empty data', () => {
    for (const data of ['aGk=', 'aGk', 'aGVsbG8=', 'aGVsbG8', 'YQ==', 'YQ', '']) {
      expect(AttachmentSource.safeParse(base64(data)).success).toBe(true);
    }
  });

  it('rejects data outside the base64 alphabet, such as a data URL or spaces', () => {
    expect(issuesOf(base64('data:image/png;base64,aGk='))).toEqual(['data: must be base64']);
    expect(issuesOf(base64('aGk gaGk='))).toEqual(['data: must be base64']);
  });

  it('rejects lengths that no base64 encoding has', () => {
    for (const data of ['a', 'aGVsb', 'aG=', 'aGk==', 'aGVsbG8==']) {
      expect(AttachmentSource.safeParse(base64(data)).success).toBe(false);
    }
  });

  it('reports bad data inside a user message at the data field itself', () => {
    const message = { role: 'user', content: [{ type: 'image', source: base64('aG=') }] };
    const result = ChatMessage.safeParse(message);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['content', 0, 'source', 'data']]);
  });

  it('checks megabytes of base64 without overflowing the regex engine', () => {
    expect(AttachmentSource.safeParse(base64('A'.repeat(28_000_000))).success).toBe(true);
  });

  it('rejects media types that are not type/subtype', () => {
    for (const mediaType of ['png', 'image/', '/png', 'image/png; charset=utf-8', 'image png']) {
      expect(AttachmentSource.safeParse(base64('aGk=', mediaType)).success).toBe(false);
    }
  });

  it('accepts a URL source and rejects text that is not a URL', () => {
    expect(AttachmentSource.safeParse({ kind: 'url', url: 'https://example.com/a.png' }).success).toBe(true);
    expect(issuesOf({ kind: 'url', url: 'example dot com' })).toEqual(['url: Invalid URL']);
  });
});

describe('content parts', () => {
  it('accepts an image with a detail hint and rejects an unknown hint', () => {
    const image = { type: 'image', source: { kind: 'url', url: 'https://example.com/a.png' } };
    expect(ImagePart.safeParse({ ...image, detail: 'high' }).success).toBe(true);
    expect(ImagePart.safeParse({ ...image, detail: 'max' }).success).toBe(false);
  });

  it('requires a file media type and bounds its filename', () => {
    const source = { kind: 'url', url: 'https://example.com/a.pdf' };
    expect(FilePart.safeParse({ type: 'file', source, mediaType: 'application/pdf', filename: 'a.pdf' }).success).toBe(true);
    expect(FilePart.safeParse({ type: 'file', source }).success).toBe(false);
    expect(FilePart.safeParse({ type: 'file', source, mediaType: 'application/pdf', filename: '' }).success).toBe(false);
    expect(FilePart.safeParse({ type: 'file', source, mediaType: 'application/pdf', filename: 'a'.repeat(256) }).success).toBe(false);
  });

  it('rejects a part of an unknown type', () => {
    expect(ContentPart.safeParse({ type: 'audio', source: { kind: 'url', url: 'https://example.com/a.mp3' } }).success).toBe(false);
  });
});
