import { type ChatMessage, type ProviderFamily } from '@modelgate/provider-contracts';
import { createFormatContext, type FormatOptions } from './format-context';
import { formatOpenAICompatible, type OpenAICompatibleMessage } from './openai-compatible';
import { checkToolCallLinks } from './tool-call-links';

/** What each provider family's request takes in place of our messages. */
export interface FormattedMessages {
  'openai-compatible': OpenAICompatibleMessage[];
}

/**
 * Our messages in a provider family's wire format. They are parsed ones (the request's, checked once at the
 * entry, or ones the tool loop built); here they are checked against the model's capabilities, each family's media types and the attachment size limit. Throws `ProviderError`
 * `bad_request` naming the message and part at fault; never echoes content.
 */
export function formatMessages<F extends ProviderFamily>(
  family: F,
  messages: readonly ChatMessage[],
  options?: FormatOptions,
): FormattedMessages[F];
export function formatMessages(
  family: ProviderFamily,
  messages: readonly ChatMessage[],
  options: FormatOptions = {},
): FormattedMessages[ProviderFamily] {
  const context = createFormatContext(family, options);
  checkToolCallLinks(messages, context);
  switch (family) {
    case 'openai-compatible':
      return formatOpenAICompatible(messages, context);
    default: {
      // A family added to the contract but not handled here fails to compile.
      const _exhaustive: never = family;
      throw new Error(`Unhandled provider family: ${String(_exhaustive)}`);
    }
  }
}
