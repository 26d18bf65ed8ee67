import { scriptedReasoningReply } from './scripted-brain';
import { type SimulatedModel } from './simulator-options';

/**
 * A small deterministic catalogue for the demo and tests: a capable priced chat model, a model group
 * of two deployments, a reasoning model without prices or flags (like most custom models), a wildcard
 * route and an embedding model, so discovery has something to filter.
 */
export function defaultSimulatedModels(): SimulatedModel[] {
  return [
    {
      id: 'gpt-4o-mini',
      litellmParams: { model: 'openai/gpt-4o-mini' },
      modelInfo: {
        mode: 'chat',
        max_tokens: 16384,
        max_input_tokens: 128000,
        max_output_tokens: 16384,
        input_cost_per_token: 1.5e-7,
        output_cost_per_token: 6e-7,
        supports_function_calling: true,
        supports_parallel_function_calling: true,
        supports_tool_choice: true,
        supports_vision: true,
        supports_response_schema: true,
        supports_system_messages: true,
        supports_prompt_caching: true,
      },
    },
    {
      id: 'claude-3-5-haiku',
      litellmParams: { model: 'anthropic/claude-3-5-haiku-20241022' },
      deployments: 2,
      modelInfo: {
        mode: 'chat',
        max_tokens: 8192,
        max_input_tokens: 200000,
        max_output_tokens: 8192,
        input_cost_per_token: 8e-7,
        output_cost_per_token: 4e-6,
        supports_function_calling: true,
        supports_tool_choice: true,
        supports_vision: false,
        supports_response_schema: false,
      },
    },
    {
      id: 'reasoner-mini',
      litellmParams: { model: 'openai/reasoner-mini' },
      modelInfo: { mode: 'chat', max_input_tokens: 64000, max_output_tokens: 8192, supports_reasoning: true },
      reply: scriptedReasoningReply,
    },
    { id: 'openai/*', litellmParams: { model: 'openai/*' } },
    {
      id: 'text-embedding-3-small',
      litellmParams: { model: 'openai/text-embedding-3-small' },
      modelInfo: { mode: 'embedding', max_input_tokens: 8191, output_vector_size: 1536, input_cost_per_token: 2e-8, output_cost_per_token: 0 },
    },
  ];
}
