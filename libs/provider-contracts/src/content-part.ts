import { z } from 'zod';

/** Plain text. */
export const TextPart = z.object({ type: z.literal('text'), text: z.string() });
export type TextPart = z.infer<typeof TextPart>;

// A plain character class for the alphabet (a grouped pattern overflows V8's regex stack on megabytes of data),
// then the length rule, which rejects `A` or `AB=`: not base64, and refused by providers. Both sit in one
// refinement, so a failure is one issue at the field's own path, also inside the message content union.
const BASE64_ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;
function isBase64(data: string): boolean {
  const lengthFits = data.endsWith('=') ? data.length % 4 === 0 : data.length % 4 !== 1;
  return lengthFits && BASE64_ALPHABET.test(data);
}

/** Where an attachment's bytes come from: a URL the provider fetches, or base64 data inline. */
export const AttachmentSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.url() }),
  z.object({
    kind: z.literal('base64'),
    /** IANA media type, e.g. `image/png`, `application/pdf`. */
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
    /** Base64 without a `data:` prefix; the final `=` padding may be left out. */
    data: z.string().refine(isBase64, 'must be base64'),
  }),
]);
export type AttachmentSource = z.infer<typeof AttachmentSource>;

/** An image for a vision model. `detail` is a hint that only OpenAI-style APIs honour. */
export const ImagePart = z.object({
  type: z.literal('image'),
  source: AttachmentSource,
  detail: z.enum(['auto', 'low', 'high']).optional(),
});
export type ImagePart = z.infer<typeof ImagePart>;

/** A document (PDF and the like). */
export const FilePart = z.object({
  type: z.literal('file'),
  source: AttachmentSource,
  /** Media type of the file; required for URL sources, where it cannot be read from the data. */
  mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  filename: z.string().min(1).max(255).optional(),
});
export type FilePart = z.infer<typeof FilePart>;

export const ContentPart = z.discriminatedUnion('type', [TextPart, ImagePart, FilePart]);
export type ContentPart = z.infer<typeof ContentPart>;
