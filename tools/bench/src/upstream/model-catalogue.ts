/** How many models the upstream lists: the size of a large LiteLLM deployment. */
export const CATALOGUE_SIZE = 5000;

export const catalogueModelName = (index: number): string => `bench-model-${String(index).padStart(4, '0')}`;

/** `GET /v1/models`: ids only, with LiteLLM's constant `created` and `owned_by`. */
export function modelListBody(size: number = CATALOGUE_SIZE): string {
  const data = Array.from({ length: size }, (_, i) => ({
    id: catalogueModelName(i),
    object: 'model',
    created: 1677610602,
    owned_by: 'openai',
  }));
  return JSON.stringify({ object: 'list', data });
}

/**
 * `GET /model/info`: one deployment per model with the fields LiteLLM fills for a priced chat model, some
 * of them null as for custom models, so discovery validates a realistic mix.
 */
export function modelInfoBody(size: number = CATALOGUE_SIZE): string {
  const data = Array.from({ length: size }, (_, i) => ({
    model_name: catalogueModelName(i),
    litellm_params: { model: `openai/${catalogueModelName(i)}`, api_base: 'http://127.0.0.1:1/v1' },
    model_info: {
      id: `deployment-${i}`,
      mode: 'chat',
      litellm_provider: 'openai',
      max_tokens: 16384,
      max_input_tokens: 128000,
      max_output_tokens: 16384,
      input_cost_per_token: 1.5e-7 * (1 + (i % 7)),
      output_cost_per_token: 6e-7 * (1 + (i % 7)),
      supports_function_calling: true,
      supports_parallel_function_calling: i % 2 === 0,
      supports_tool_choice: true,
      supports_vision: i % 3 === 0,
      supports_response_schema: i % 5 !== 0 ? true : null,
      supports_system_messages: null,
      supports_reasoning: false,
      supports_pdf_input: null,
      supports_prompt_caching: null,
      supported_openai_params: ['temperature', 'max_tokens', 'tools', 'tool_choice', 'stream'],
      tpm: null,
      rpm: null,
    },
  }));
  return JSON.stringify({ data });
}
