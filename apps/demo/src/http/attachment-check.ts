import { type ModelInfo } from '@modelgate/provider-contracts';
import { type ChatBody, attachmentsOf } from '../shared/api-contract';
import { attachmentRefusal } from '../shared/attachment-policy';

/**
 * Why the body's model cannot take one of its attachments, or `null`. Checked before the call, so a stream
 * is refused with a 422 rather than started and failed, and no token is spent on it.
 */
export function refuseAttachments(body: ChatBody, model: ModelInfo): string | null {
  for (const part of attachmentsOf(body.messages)) {
    const refusal = attachmentRefusal(part.type === 'image' ? 'image' : 'pdf', model);
    if (refusal !== null) return `Attachment refused: ${refusal}`;
  }
  return null;
}
