import { arePlainMessages, ChatMessage } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { badRequest, type FormatContext, messagePath } from './format-context';

const ChatMessages = z.array(ChatMessage);
const MAX_LISTED_ISSUES = 10;

/**
 * Checks the messages against the contract (callers may hand us anything at runtime). A failure is a
 * `bad_request` listing issue paths and zod's messages, which name the rule broken, never the value.
 */
export function parseMessages(messages: readonly ChatMessage[], context: FormatContext): ChatMessage[] {
  // Plain text messages (most of them) are ones the schema takes unchanged: no copy needed.
  if (arePlainMessages(messages)) return messages;
  const parsed = ChatMessages.safeParse(messages);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${messagePath(issue.path)}: ${issue.message}`);
  const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
  throw badRequest(context, `Invalid messages: ${listed.join('; ')}${more}`);
}
