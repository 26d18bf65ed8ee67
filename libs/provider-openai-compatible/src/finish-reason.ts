import { type CallWarning, type FinishReason } from '@modelgate/provider-contracts';

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

/** The warning a finish reason the engine could not map gives, or null for one it knows. */
export function finishReasonWarning(reason: FinishReason, turn: number): CallWarning | null {
  if (reason.unified === 'unknown') return { code: 'finish-reason-unknown', turn, message: 'The server sent no finish reason' };
  if (reason.unified !== 'other') return null;
  return { code: 'finish-reason-unmapped', turn, message: `The server's finish reason "${reason.raw}" is not one the engine knows` };
}
