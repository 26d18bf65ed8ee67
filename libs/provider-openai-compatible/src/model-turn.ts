import {
  type AssistantToolCall,
  type CallWarning,
  type ChatMessage,
  type GatewayMetadata,
  type StreamEvent,
  type TokenLogprob,
  type ToolChoice,
  type Usage,
} from '@modelgate/provider-contracts';
import { type CallScope } from './call-scope';
import { type Backpressure } from './chat-stream';

// The engine seam: the tool loop, tool runner, call scope, timing, usage, cost and event stream work over
// one model turn and know nothing of the wire or the SDK a provider speaks. A provider maps the request and
// makes the call (for OpenAI-compatible servers: `openAITurns` over the openai SDK).

export type DeltaEvent = Extract<StreamEvent, { type: 'text-delta' | 'reasoning-delta' }>;

/** One call of the model, in neutral terms: the history so far and the tool choice of this turn. */
export interface TurnOptions {
  /** Every message of the call so far: the request's, then each tool turn's assistant message and results. */
  messages: readonly ChatMessage[];
  toolChoice: ToolChoice | undefined;
  turn: number;
  scope: CallScope;
  /** Called at the first text or tool-call delta (or the response, when not streaming). */
  onFirstToken: () => void;
  /** Takes the text and reasoning deltas as they come. */
  emit: (event: DeltaEvent) => void;
  /** A streamed call's reader is far behind: read the answer no further while this gives a promise. */
  backpressure?: Backpressure;
  /** Headers of this turn's request: the trace context (`traceparent`) of its span, when there is a trace. */
  headers?: Record<string, string>;
}

/** What one turn gave: the answer, the tool calls it asks for, its usage and cost as reported, and its warnings. */
export interface TurnResult {
  text: string;
  reasoning: string;
  toolCalls: AssistantToolCall[];
  /** As the server sent it; `null` when it sent none. */
  finishReason: string | null;
  usage: Usage | null;
  /** A cost in USD the usage carried (LiteLLM `include_cost_in_streaming_usage`). */
  usageCostUsd: number | null;
  /** A cost in USD a response header carried (LiteLLM leaves it out of streams, issue #12689). */
  headerCostUsd: number | null;
  gateway: GatewayMetadata;
  /** What the provider did to this turn's request or answer unasked (an option not sent, a tool call repaired). */
  warnings: readonly CallWarning[];
  /** The text's tokens with their log probabilities, when asked for and sent; absent otherwise. */
  logprobs?: TokenLogprob[];
  /** The model the server says answered; `null` or left out when it did not say. */
  responseModel?: string | null;
}

export type ModelTurn = (options: TurnOptions) => Promise<TurnResult>;
