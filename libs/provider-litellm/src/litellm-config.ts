import { type z } from 'zod';
import { OpenAICompatibleServerConfig } from '@modelgate/provider-openai-compatible';

/**
 * How to reach one LiteLLM proxy: the shared settings of a discovered OpenAI-compatible server (base URL
 * with no fallback, optional master or virtual key, timeouts, retries, tool concurrency). The proxy retries
 * on its own too (`num_retries`), so keep `maxRetries` small: the two multiply.
 */
export const LiteLLMConfig = OpenAICompatibleServerConfig;
export type LiteLLMConfig = z.output<typeof LiteLLMConfig>;
export type LiteLLMConfigInput = z.input<typeof LiteLLMConfig>;

export const LiteLLMConfigToken = Symbol.for('modelgate.LiteLLMConfig');
