import { type ModelInfo } from '@modelgate/provider-contracts';
import { LIMITS } from '../shared/api-contract';
import { type AttachmentKind, attachmentKindOf, attachmentRefusal } from '../shared/attachment-policy';
import { type PageAttachment } from './transcript';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export type FileCheck = { ok: true; kind: AttachmentKind } | { ok: false; reason: string };

/**
 * Whether the page takes a file for the selected model, checked before it is read: its type, its size, the
 * conversation's count and what the model's capabilities say. The API checks the same again.
 */
export function checkFile(file: { name: string; type: string; size: number }, model: ModelInfo | null, attached: number): FileCheck {
  const kind = attachmentKindOf(file.type);
  if (kind === null) return { ok: false, reason: `${file.name}: ${file.type || 'this kind of file'} is not taken, only PNG, JPEG, GIF or WebP images and PDF files.` };
  if (file.size > LIMITS.attachmentBytes) {
    return { ok: false, reason: `${file.name} is ${formatBytes(file.size)}, more than the limit of ${formatBytes(LIMITS.attachmentBytes)}.` };
  }
  if (attached >= LIMITS.attachments) return { ok: false, reason: `A conversation takes at most ${LIMITS.attachments} attachments: start a new chat for more.` };
  if (model === null) return { ok: false, reason: 'Pick a model first: whether it takes the file depends on it.' };
  const refusal = attachmentRefusal(kind, model);
  return refusal === null ? { ok: true, kind } : { ok: false, reason: `${file.name} refused: ${refusal}.` };
}

/** Reads a checked file as base64, as the API takes it. */
export async function readAttachment(file: File, kind: AttachmentKind): Promise<PageAttachment> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
  const data = url.slice(url.indexOf(',') + 1);
  const common = { name: file.name, bytes: file.size, data };
  // checkFile took only these types for these kinds.
  return kind === 'image'
    ? { ...common, kind, mediaType: file.type as Extract<PageAttachment, { kind: 'image' }>['mediaType'] }
    : { ...common, kind, mediaType: 'application/pdf' };
}

/** A data URL for an image's thumbnail: the page's CSP allows `data:` images and nothing else from outside. */
export const imageUrl = (attachment: PageAttachment) => `data:${attachment.mediaType};base64,${attachment.data}`;
