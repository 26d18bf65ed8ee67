export { formatMessages, type FormattedMessages } from './format-messages';
export { DEFAULT_MAX_ATTACHMENT_BYTES, type FormatOptions } from './format-context';
export type { AttachmentRules } from './attachments';
export {
  OPENAI_COMPATIBLE_ATTACHMENTS,
  type OpenAICompatibleContentPart,
  type OpenAICompatibleFilePart,
  type OpenAICompatibleImagePart,
  type OpenAICompatibleMessage,
  type OpenAICompatibleTextPart,
  type OpenAICompatibleToolCall,
} from './openai-compatible';
export {
  ANTHROPIC_ATTACHMENTS,
  type AnthropicContentBlock,
  type AnthropicDocumentSource,
  type AnthropicFormatted,
  type AnthropicImageSource,
  type AnthropicMessage,
} from './anthropic';
export { GOOGLE_ATTACHMENTS, type GoogleContent, type GoogleFormatted, type GooglePart } from './google';
