import { z } from 'zod';
import { AttributionFields, checkAttribution } from './attribution';
import { Credentials } from './credentials';
import { ChatMessage } from './message';
import { checkRequestOptions, RequestOptionFields } from './request-options';
import { ResponseFormat } from './response-format';
import { ToolChoice, ToolDefinition } from './tool';

export const DEFAULT_MAX_TOOL_ITERATIONS = 20;

export const FALLBACK_MODELS_LIMIT = 5;

/**
 * A chat call. Strict: a field modelgate does not know is a `bad_request`, never dropped without a word (a
 * misspelt option would otherwise change nothing and say nothing).
 */
export const ChatRequest = z
  .strictObject({
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
    ...AttributionFields,
    /** The key of this call instead of the provider module's (a tenant's virtual key); see `Credentials`. */
    credentials: Credentials.optional(),
    ...RequestOptionFields,
    /**
     * Prefixed ids of the same provider's models to try, in order, when the model fails retryably (rate
     * limit, upstream, unreachable) or is not found, and only before anything of the call reached the caller.
     */
    fallbackModels: z.array(z.string().min(1)).max(FALLBACK_MODELS_LIMIT).optional(),
  })
  .superRefine((request, ctx) => {
    checkAttribution(request, ctx);
    checkRequestOptions(request, ctx);
  });
export type ChatRequest = z.infer<typeof ChatRequest>;
