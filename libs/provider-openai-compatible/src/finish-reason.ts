import { type FinishReason } from '@modelgate/provider-contracts';

const UNIFIED: ReadonlyMap<string, FinishReason['unified']> = new Map(Object.entries({
  stop: 'stop',
  // Anthropic's words, which some OpenAI-compatible servers pass through unmapped.
  end_turn: 'stop',
  stop_sequence: 'stop',
  length: 'length',
  max_tokens: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  tool_use: 'tool-calls',
  content_filter: 'content-filter',
  error: 'error',
} as const));

/** The provider's finish reason, normalised, with the raw word kept beside it. */
export function toFinishReason(raw: string | null): FinishReason {
  if (raw === null) return { unified: 'unknown', raw: null };
  return { unified: UNIFIED.get(raw) ?? 'other', raw };
}
