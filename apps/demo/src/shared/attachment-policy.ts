import { type ModelCapabilities } from '@modelgate/provider-contracts';
import { IMAGE_MEDIA_TYPES, LIMITS, PDF_MEDIA_TYPE } from './api-contract';

/** What the page and the API take as an attachment: an image or a PDF file. */
export type AttachmentKind = 'image' | 'pdf';

/** The kind of a media type, or `null` for one neither takes. */
export function attachmentKindOf(mediaType: string): AttachmentKind | null {
  if ((IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)) return 'image';
  return mediaType === PDF_MEDIA_TYPE ? 'pdf' : null;
}

/** The limits in words, as the page names them. */
export const ATTACHMENT_LIMITS_TEXT =
  `PNG, JPEG, GIF or WebP images for vision models, PDF files for models that read them; ` +
  `up to ${LIMITS.attachmentBytes / (1024 * 1024)} MiB each, ${LIMITS.attachments} per conversation.`;

/**
 * Why a model cannot take an attachment of this kind, or `null` when it can. Only a capability the gateway
 * reports as `true` lets one through: sending an image to a model that cannot see costs a failed call, or worse,
 * an answer that pretends it saw it.
 */
export function attachmentRefusal(kind: AttachmentKind, model: { id: string; capabilities: ModelCapabilities }): string | null {
  if (kind === 'image' && model.capabilities.vision !== true) {
    return `${model.id} does not take images: its gateway does not list vision among its capabilities`;
  }
  if (kind === 'pdf' && model.capabilities.pdf !== true) {
    return `${model.id} does not take PDF files: its gateway does not say it reads them`;
  }
  return null;
}
