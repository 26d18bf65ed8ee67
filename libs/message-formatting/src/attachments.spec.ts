import { type FilePart, type ImagePart } from '@modelgate/provider-contracts';
import { type AttachmentRules, checkAttachment } from './attachments';
import { createFormatContext, type FormatOptions } from './format-context';
import { base64File, base64Image, PDF_BASE64, PNG_BASE64, TEXT_BASE64, urlFile, urlImage } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

const RULES: AttachmentRules = { images: ['image/png', 'image/jpeg'], files: ['application/pdf', 'text/plain'] };
const PATH = 'messages[1].content[2]';

const pngImage = base64Image('image/png', PNG_BASE64);
const pdfFile = base64File('application/pdf', PDF_BASE64);
const textFile = base64File('text/plain', TEXT_BASE64);

const check = (part: ImagePart | FilePart, options: FormatOptions = {}) =>
  checkAttachment(part, PATH, RULES, createFormatContext('openai-compatible', options));

describe('checkAttachment', () => {
  it('returns the media type of a base64 attachment, in lower case', () => {
    expect(check(base64Image('image/PNG', PNG_BASE64))).toBe('image/png');
    expect(check(pdfFile)).toBe('application/pdf');
  });

  it('tells an image URL media type from its extension, or returns null when it cannot', () => {
    expect(check(urlImage('https://example.com/cat.JPG?size=2'))).toBe('image/jpeg');
    expect(check(urlImage('https://example.com/render?id=7'))).toBeNull();
  });

  it('refuses an image for a model whose vision capability is false, naming the part', () => {
    const error = thrown(() => check(pngImage, { model: modelInfo('litellm', 'test-model', { capabilities: { vision: false } }) }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(
      `${PATH}: model litellm/test-model does not accept images (capabilities.vision is false)`,
    );
  });

  it('allows an image when vision is unknown', () => {
    expect(check(pngImage, { model: modelInfo('litellm', 'test-model', { capabilities: { vision: null } }) })).toBe('image/png');
  });

  it('refuses a PDF for a model whose pdf capability is false, by URL too', () => {
    const model = modelInfo('litellm', 'test-model', { capabilities: { pdf: false } });
    expect(thrown(() => check(pdfFile, { model })).message).toContain(
      'does not accept PDF files (capabilities.pdf is false)',
    );
    expect(thrown(() => check(urlFile('application/pdf', 'https://example.com/a.pdf'), { model })).code).toBe('bad_request');
  });

  it('allows a PDF when the pdf capability is unknown, and a text file whatever it is', () => {
    expect(check(pdfFile, { model: modelInfo('litellm', 'test-model', { capabilities: { pdf: null } }) })).toBe('application/pdf');
    expect(check(textFile, { model: modelInfo('litellm', 'test-model', { capabilities: { pdf: false } }) })).toBe('text/plain');
  });

  it('refuses an image media type the family does not take, listing the ones it does', () => {
    expect(thrown(() => check(base64Image('image/bmp', 'Qk0='))).message).toBe(
      `${PATH}: image/bmp images are not supported for openai-compatible (supported: image/png, image/jpeg)`,
    );
  });

  it('refuses an image URL whose extension names a type the family does not take', () => {
    expect(thrown(() => check(urlImage('https://example.com/scan.tiff'))).message).toContain(
      'image/tiff images are not supported',
    );
  });

  it('refuses a file media type the family does not take', () => {
    expect(thrown(() => check(urlFile('application/zip', 'https://example.com/a.zip'))).message).toContain('application/zip files are not supported for openai-compatible');
  });

  it('refuses a base64 file whose two media types disagree', () => {
    const mixed: FilePart = { ...pdfFile, source: { kind: 'base64', mediaType: 'text/plain', data: PDF_BASE64 } };
    expect(thrown(() => check(mixed)).message).toBe(
      `${PATH}: mediaType application/pdf differs from source.mediaType text/plain`,
    );
  });

  it('refuses base64 data that decodes to more than the limit, and accepts it at the limit', () => {
    const ninetyBytes = 'A'.repeat(120);
    const part = base64File('application/pdf', ninetyBytes);
    expect(check(part, { maxAttachmentBytes: 90 })).toBe('application/pdf');
    expect(thrown(() => check(part, { maxAttachmentBytes: 89 })).message).toBe(
      `${PATH}: the attachment decodes to 90 bytes, more than the limit of 89`,
    );
  });

  it('never puts the attachment data or URL into its message', () => {
    const secret = 'c2stY2FuYXJ5LXNlY3JldA';
    expect(thrown(() => check(base64Image('image/png', secret), { maxAttachmentBytes: 1 })).message).not.toContain(secret);
    const url = 'https://example.com/private-token-123/scan.tiff';
    expect(thrown(() => check(urlImage(url))).message).not.toContain('private-token-123');
  });
});
