import { type ChatMessage, type ContentPart, type FilePart, type ImagePart } from '@modelgate/provider-contracts';
import { type AttachmentRules, checkAttachment, PDF, PLAIN_TEXT } from './attachments';
import { decodeBase64Text } from './base64';
import { badRequest, type FormatContext, messagePath } from './format-context';
import { toolArgumentsObject } from './tool-arguments';
import { appendTurn, nonEmptyTexts, type Turn } from './turns';

export type AnthropicImageSource = { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string };

/** PDFs as base64 or URL; plain text as the text itself (Anthropic takes no base64 text documents). */
export type AnthropicDocumentSource =
  | { type: 'base64'; media_type: 'application/pdf'; data: string }
  | { type: 'text'; media_type: 'text/plain'; data: string }
  | { type: 'url'; url: string };

export type AnthropicContentBlock =
  | { type: 'text'; text: string }
  | { type: 'image'; source: AnthropicImageSource }
  | { type: 'document'; source: AnthropicDocumentSource; title?: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
  | { type: 'tool_result'; tool_use_id: string; content: string };

export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: AnthropicContentBlock[];
}

/** The Messages API's `system` and `messages`. */
export interface AnthropicFormatted {
  system?: string;
  messages: AnthropicMessage[];
}

export const ANTHROPIC_ATTACHMENTS: AttachmentRules = {
  images: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  files: [PDF, PLAIN_TEXT],
};

function imageBlock(part: ImagePart, path: string, context: FormatContext): AnthropicContentBlock {
  const mediaType = checkAttachment(part, path, ANTHROPIC_ATTACHMENTS, context);
  const { source } = part;
  if (source.kind === 'url') return { type: 'image', source: { type: 'url', url: source.url } };
  return { type: 'image', source: { type: 'base64', media_type: mediaType ?? source.mediaType, data: source.data } };
}

// Anthropic's URL documents are PDFs only, and a text document carries its text rather than base64.
function documentSource(
  part: FilePart,
  mediaType: string,
  path: string,
  context: FormatContext,
): AnthropicDocumentSource {
  const { source } = part;
  if (mediaType === PDF) {
    if (source.kind === 'url') return { type: 'url', url: source.url };
    return { type: 'base64', media_type: PDF, data: source.data };
  }
  if (source.kind === 'url') {
    throw badRequest(context, `${path}: anthropic takes text files inline only; send it as base64`);
  }
  return { type: 'text', media_type: PLAIN_TEXT, data: decodeBase64Text(source.data) };
}

function documentBlock(part: FilePart, path: string, context: FormatContext): AnthropicContentBlock {
  const mediaType = checkAttachment(part, path, ANTHROPIC_ATTACHMENTS, context);
  const source = documentSource(part, mediaType, path, context);
  return { type: 'document', source, ...(part.filename === undefined ? {} : { title: part.filename }) };
}

function userBlocks(content: string | ContentPart[], index: number, context: FormatContext): AnthropicContentBlock[] {
  if (typeof content === 'string') return nonEmptyTexts(content).map((text) => ({ type: 'text', text }));
  return content.flatMap((part, p): AnthropicContentBlock[] => {
    const path = messagePath([index, 'content', p]);
    switch (part.type) {
      case 'text':
        return nonEmptyTexts(part.text).map((text) => ({ type: 'text', text }));
      case 'image':
        return [imageBlock(part, path, context)];
      case 'file':
        return [documentBlock(part, path, context)];
    }
  });
}

/**
 * Messages API shape: system messages lifted into `system`, tool calls as `tool_use` blocks of the assistant
 * turn, tool results as `tool_result` blocks of one user turn (consecutive results share it).
 */
export function formatAnthropic(messages: readonly ChatMessage[], context: FormatContext): AnthropicFormatted {
  const system: string[] = [];
  const turns: Turn<AnthropicMessage['role'], AnthropicContentBlock>[] = [];
  messages.forEach((message, index) => {
    switch (message.role) {
      case 'system':
        system.push(message.content);
        return;
      case 'user':
        return appendTurn(turns, 'user', userBlocks(message.content, index, context));
      case 'assistant': {
        const texts = nonEmptyTexts(message.content).map((text): AnthropicContentBlock => ({ type: 'text', text }));
        const calls = (message.toolCalls ?? []).map((call): AnthropicContentBlock => ({
          type: 'tool_use',
          id: call.id,
          name: call.name,
          input: toolArgumentsObject(call.arguments),
        }));
        return appendTurn(turns, 'assistant', [...texts, ...calls]);
      }
      case 'tool':
        return appendTurn(turns, 'user', [
          { type: 'tool_result', tool_use_id: message.toolCallId, content: message.content },
        ]);
    }
  });
  const formatted: AnthropicFormatted = { messages: turns.map(({ role, items }) => ({ role, content: items })) };
  return system.length > 0 ? { system: system.join('\n\n'), ...formatted } : formatted;
}
