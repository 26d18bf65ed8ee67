import { z } from 'zod';
import { CallWarning } from './call-warning';
import { Cost } from './cost';
import { FinishReason } from './finish-reason';
import { GatewayMetadata } from './gateway-metadata';
import { TokenLogprob } from './logprobs';
import { Timing } from './timing';
import { Usage } from './usage';

/** One tool call of the loop with what became of it. */
export const ToolCallRecord = z.object({
  /** As the model sent it, or synthesised (`call_<turn>_<index>`) when the gateway dropped it. */
  id: z.string(),
  name: z.string(),
  /** Argument JSON exactly as the model wrote it. */
  arguments: z.string(),
  /** Parsed arguments, or `null` when they were not valid JSON. */
  args: z.unknown(),
  /** What the tool returned, as sent back to the model; `null` when it failed. */
  result: z.string().nullable(),
  /** Why the tool failed (bad arguments, unknown tool, thrown, timed out); `null` on success. */
  error: z.string().nullable(),
  durationMs: z.number().nonnegative(),
  turn: z.number().int().positive(),
});
export type ToolCallRecord = z.infer<typeof ToolCallRecord>;

export const ChatResult = z.object({
  /** The answer: the last turn's text, never an earlier turn's preamble. */
  content: z.string(),
  /** Reasoning text (`reasoning_content`), kept apart from the answer; `null` when none. */
  reasoning: z.string().nullable(),
  /** The parsed (and validated) answer when a JSON response format was asked for. */
  object: z.unknown().optional(),
  /** The answer's tokens with their log probabilities, when `logprobs: true` asked and the server sent them. */
  logprobs: z.array(TokenLogprob).optional(),
  toolCalls: z.array(ToolCallRecord),
  usage: Usage,
  cost: Cost,
  timing: Timing,
  finishReason: FinishReason,
  /** Prefixed model id as requested. */
  model: z.string(),
  provider: z.string(),
  /** Model calls made (1 without tools). */
  turns: z.number().int().positive(),
  gateway: GatewayMetadata,
  /** What the engine did to the call without being asked (an option not sent, a tool call repaired); empty when nothing. */
  warnings: z.array(CallWarning),
});
export type ChatResult = z.infer<typeof ChatResult>;
