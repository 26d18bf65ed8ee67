import { z } from 'zod';
import { Credentials } from './credentials';
import { ChatMessage } from './message';
import { ResponseFormat } from './response-format';
import { ToolChoice, ToolDefinition } from './tool';

export const DEFAULT_MAX_TOOL_ITERATIONS = 20;

export const ChatRequest = z.object({
  /** Prefixed model id as the registry knows it, e.g. `litellm/gpt-4o-mini`. */
  model: z.string().min(1),
  messages: z.array(ChatMessage).min(1),
  tools: z.array(ToolDefinition).optional(),
  toolChoice: ToolChoice.optional(),
  responseFormat: ResponseFormat.optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().positive().optional(),
  /** Passed through as `reasoning_effort` for models that reason. */
  reasoningEffort: z.enum(['minimal', 'low', 'medium', 'high']).optional(),
  /** Model turns that may ask for tools; default 20. */
  maxToolIterations: z.number().int().positive().max(100).optional(),
  /** At the limit: one last call without tools (`final-answer`, default) or a `tool_loop_limit` error. */
  onToolLoopLimit: z.enum(['final-answer', 'error']).optional(),
  /** Tools of one turn that may run at once; default: all of them. */
  toolConcurrency: z.number().int().positive().optional(),
  /** Per tool call; default: none beyond the call's own timeout. */
  toolTimeoutMs: z.number().int().positive().optional(),
  /** For the whole call, every turn included; default from the provider's configuration. */
  timeoutMs: z.number().int().positive().optional(),
  signal: z.instanceof(AbortSignal).optional(),
  /** Sent to the gateway as `metadata` (LiteLLM logs and spend tracking). */
  metadata: z.record(z.string(), z.string()).optional(),
  /** The key of this call instead of the provider module's (a tenant's virtual key); see `Credentials`. */
  credentials: Credentials.optional(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;
