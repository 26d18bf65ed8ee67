import {
  type ChatMessage,
  type ContentPart,
  type FilePart,
  type ImagePart,
  type UserMessage,
} from '@modelgate/provider-contracts';
import { type AttachmentRules, checkAttachment, PDF, PLAIN_TEXT } from './attachments';
import { decodeBase64Text, toDataUrl } from './base64';
import { type FormatContext, messagePath } from './format-context';

// Shaped to be assignable to openai 6's `ChatCompletionMessageParam` (this layer may not import openai: the
// provider layer, which does, checks the assignability at compile time).

export interface OpenAICompatibleTextPart {
  type: 'text';
  text: string;
}
export interface OpenAICompatibleImagePart {
  type: 'image_url';
  /** An https URL, or a `data:<mediaType>;base64,<data>` URL. */
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}
export interface OpenAICompatibleFilePart {
  type: 'file';
  file: {
    /** `data:<mediaType>;base64,<data>`. */
    file_data?: string;
    /** An uploaded file's id, or (LiteLLM) an https URL that the backend fetches. */
    file_id?: string;
    filename?: string;
    /** LiteLLM's extension: the media type of a `file_id` URL. */
    format?: string;
  };
}
export type OpenAICompatibleContentPart =
  | OpenAICompatibleTextPart
  | OpenAICompatibleImagePart
  | OpenAICompatibleFilePart;

export interface OpenAICompatibleToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type OpenAICompatibleMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | OpenAICompatibleContentPart[] }
  | { role: 'assistant'; content: string | OpenAICompatibleTextPart[] | null; tool_calls?: OpenAICompatibleToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

export const OPENAI_COMPATIBLE_ATTACHMENTS: AttachmentRules = {
  images: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
  files: [PDF, PLAIN_TEXT],
};

// OpenAI answers a `file_data` part without a filename with "Missing required parameter ... file.file_id"
// (openai-agents-python #1513, langchainjs #9512), so a base64 PDF always gets one.
const DEFAULT_PDF_FILENAME = 'document.pdf';

function formatImage(part: ImagePart, path: string, context: FormatContext): OpenAICompatibleImagePart {
  const mediaType = checkAttachment(part, path, OPENAI_COMPATIBLE_ATTACHMENTS, context);
  const { source } = part;
  const url = source.kind === 'url' ? source.url : toDataUrl(mediaType ?? source.mediaType, source.data);
  return { type: 'image_url', image_url: { url, ...(part.detail === undefined ? {} : { detail: part.detail }) } };
}

function formatFile(part: FilePart, path: string, context: FormatContext): OpenAICompatibleContentPart {
  const mediaType = checkAttachment(part, path, OPENAI_COMPATIBLE_ATTACHMENTS, context);
  const { source } = part;
  // LiteLLM passes an https `file_id` through to backends that fetch URLs ("Using PDF Input" in its docs).
  if (source.kind === 'url') {
    const filename = part.filename === undefined ? {} : { filename: part.filename };
    return { type: 'file', file: { file_id: source.url, format: mediaType, ...filename } };
  }
  // Chat Completions takes only PDFs as files; OpenAI's own advice for text is to send it as text.
  if (mediaType === PLAIN_TEXT) return { type: 'text', text: decodeBase64Text(source.data) };
  const filename = part.filename ?? DEFAULT_PDF_FILENAME;
  return { type: 'file', file: { filename, file_data: toDataUrl(mediaType, source.data) } };
}

function formatPart(part: ContentPart, path: string, context: FormatContext): OpenAICompatibleContentPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image':
      return formatImage(part, path, context);
    case 'file':
      return formatFile(part, path, context);
  }
}

function formatUser(message: UserMessage, index: number, context: FormatContext): OpenAICompatibleMessage {
  if (typeof message.content === 'string') return { role: 'user', content: message.content };
  const content = message.content.map((part, p) => formatPart(part, messagePath([index, 'content', p]), context));
  return { role: 'user', content };
}

function formatMessage(message: ChatMessage, index: number, context: FormatContext): OpenAICompatibleMessage {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return formatUser(message, index, context);
    case 'assistant': {
      const content = Array.isArray(message.content)
        ? message.content.map((part) => ({ type: 'text' as const, text: part.text }))
        : message.content;
      const calls = message.toolCalls ?? [];
      if (calls.length === 0) return { role: 'assistant', content };
      const toolCalls = calls.map((call) => ({
        id: call.id,
        type: 'function' as const,
        function: { name: call.name, arguments: call.arguments },
      }));
      return { role: 'assistant', content, tool_calls: toolCalls };
    }
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
}

/** Chat Completions messages: system messages stay in place, attachments become `image_url` and `file` parts. */
export function formatOpenAICompatible(
  messages: readonly ChatMessage[],
  context: FormatContext,
): OpenAICompatibleMessage[] {
  return messages.map((message, index) => formatMessage(message, index, context));
}
