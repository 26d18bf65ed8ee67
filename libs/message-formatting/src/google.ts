import { type ChatMessage, type ContentPart, type FilePart, type ImagePart } from '@modelgate/provider-contracts';
import { type AttachmentRules, checkAttachment, PDF, PLAIN_TEXT } from './attachments';
import { badRequest, type FormatContext, messagePath } from './format-context';
import { toolArgumentsObject } from './tool-arguments';
import { orphanedToolResult } from './tool-call-links';
import { appendTurn, nonEmptyTexts, type Turn } from './turns';

export type GooglePart =
  | { text: string }
  | { inlineData: { mimeType: string; data: string } }
  | { fileData: { mimeType: string; fileUri: string } }
  | { functionCall: { name: string; args: Record<string, unknown> } }
  | { functionResponse: { name: string; response: Record<string, unknown> } };

export interface GoogleContent {
  role: 'user' | 'model';
  parts: GooglePart[];
}

/** `generateContent`'s `systemInstruction` and `contents`. */
export interface GoogleFormatted {
  systemInstruction?: { parts: { text: string }[] };
  contents: GoogleContent[];
}

// Gemini takes PNG, JPEG, WEBP, HEIC and HEIF images, not GIF (its image-understanding docs); HEIC and HEIF
// are outside what the other families take, so they stay out of ours too.
export const GOOGLE_ATTACHMENTS: AttachmentRules = {
  images: ['image/png', 'image/jpeg', 'image/webp'],
  files: [PDF, PLAIN_TEXT],
};

function attachmentPart(part: ImagePart | FilePart, path: string, context: FormatContext): GooglePart {
  const mediaType = checkAttachment(part, path, GOOGLE_ATTACHMENTS, context);
  const { source } = part;
  if (mediaType === null) {
    // `fileData` needs a mimeType, and an image URL without a known extension does not tell it.
    const hint = 'use a URL ending in .png, .jpg or .webp, or base64';
    throw badRequest(context, `${path}: google needs the image's media type; ${hint}`);
  }
  if (source.kind === 'url') return { fileData: { mimeType: mediaType, fileUri: source.url } };
  return { inlineData: { mimeType: mediaType, data: source.data } };
}

function userParts(content: string | ContentPart[], index: number, context: FormatContext): GooglePart[] {
  if (typeof content === 'string') return nonEmptyTexts(content).map((text) => ({ text }));
  return content.flatMap((part, p): GooglePart[] => {
    if (part.type === 'text') return nonEmptyTexts(part.text).map((text) => ({ text }));
    const path = messagePath([index, 'content', p]);
    return [attachmentPart(part, path, context)];
  });
}

/**
 * `generateContent` shape: roles `user` and `model`, system messages lifted into `systemInstruction`, tool
 * results as `functionResponse` parts named after the call they answer (`toolNames`: call id to tool name).
 */
export function formatGoogle(
  messages: readonly ChatMessage[],
  context: FormatContext,
  toolNames: ReadonlyMap<string, string>,
): GoogleFormatted {
  const system: { text: string }[] = [];
  const turns: Turn<GoogleContent['role'], GooglePart>[] = [];
  messages.forEach((message, index) => {
    switch (message.role) {
      case 'system':
        system.push({ text: message.content });
        return;
      case 'user':
        return appendTurn(turns, 'user', userParts(message.content, index, context));
      case 'assistant': {
        const texts = nonEmptyTexts(message.content).map((text): GooglePart => ({ text }));
        const calls = (message.toolCalls ?? []).map((call): GooglePart => ({
          functionCall: { name: call.name, args: toolArgumentsObject(call.arguments) },
        }));
        return appendTurn(turns, 'model', [...texts, ...calls]);
      }
      case 'tool': {
        const name = toolNames.get(message.toolCallId);
        if (name === undefined) throw orphanedToolResult(index, context);
        // Gemini wants an object; `content` is the key LiteLLM's own Gemini mapping uses for a text result.
        return appendTurn(turns, 'user', [{ functionResponse: { name, response: { content: message.content } } }]);
      }
    }
  });
  const formatted: GoogleFormatted = { contents: turns.map(({ role, items }) => ({ role, parts: items })) };
  return system.length > 0 ? { systemInstruction: { parts: system }, ...formatted } : formatted;
}
