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
