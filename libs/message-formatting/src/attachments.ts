import { type FilePart, type ImagePart } from '@modelgate/provider-contracts';
import { decodedByteLength } from './base64';
import { badRequest, type FormatContext } from './format-context';

export const PDF = 'application/pdf';
export const PLAIN_TEXT = 'text/plain';

/** Media types one provider family accepts, lower case. */
export interface AttachmentRules {
  readonly images: readonly string[];
  readonly files: readonly string[];
}

// Image URLs carry no media type; their extension is the best hint (and Google needs one).
const IMAGE_EXTENSIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  heif: 'image/heif',
  avif: 'image/avif',
}));

function imageTypeFromUrl(url: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension === undefined ? null : IMAGE_EXTENSIONS.get(extension) ?? null;
}

function mediaTypeOf(part: ImagePart | FilePart): string | null {
  if (part.type === 'file') return part.mediaType.toLowerCase();
  return part.source.kind === 'base64' ? part.source.mediaType.toLowerCase() : imageTypeFromUrl(part.source.url);
}

function checkCapability(part: ImagePart | FilePart, mediaType: string | null, path: string, context: FormatContext) {
  const { model } = context;
  // `null` means the gateway does not know: allowed, and the provider has the last word.
  if (part.type === 'image' && model?.capabilities.vision === false) {
    throw badRequest(context, `${path}: model ${model.id} does not accept images (capabilities.vision is false)`);
  }
  if (mediaType === PDF && model?.capabilities.pdf === false) {
    throw badRequest(context, `${path}: model ${model.id} does not accept PDF files (capabilities.pdf is false)`);
  }
}

/**
 * Checks one attachment against the model's capabilities, the family's media types and the size limit
 * (decoded bytes, computed from the base64 length). Returns its media type, lower case; `null` for an image
 * URL whose type its address does not tell.
 */
export function checkAttachment(part: FilePart, path: string, rules: AttachmentRules, context: FormatContext): string;
export function checkAttachment(
  part: ImagePart | FilePart,
  path: string,
  rules: AttachmentRules,
  context: FormatContext,
): string | null;
export function checkAttachment(
  part: ImagePart | FilePart,
  path: string,
  rules: AttachmentRules,
  context: FormatContext,
): string | null {
  const mediaType = mediaTypeOf(part);
  checkCapability(part, mediaType, path, context);
  const allowed = part.type === 'image' ? rules.images : rules.files;
  if (mediaType !== null && !allowed.includes(mediaType)) {
    const what = `${mediaType} ${part.type === 'image' ? 'images' : 'files'}`;
    throw badRequest(context, `${path}: ${what} are not supported for ${context.family} (supported: ${allowed.join(', ')})`);
  }
  if (part.source.kind !== 'base64') return mediaType;
  if (part.source.mediaType.toLowerCase() !== mediaType) {
    throw badRequest(context, `${path}: mediaType ${mediaType} differs from source.mediaType ${part.source.mediaType}`);
  }
  const bytes = decodedByteLength(part.source.data);
  if (bytes > context.maxAttachmentBytes) {
    const limit = context.maxAttachmentBytes;
    throw badRequest(context, `${path}: the attachment decodes to ${bytes} bytes, more than the limit of ${limit}`);
  }
  return mediaType;
}
