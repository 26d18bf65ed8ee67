/**
 * The shape of LiteLLM 1.83's `/model/info` and `/model_group/info` entries, as observed on the real proxy
 * (tools/conformance/FINDINGS.md). A configured model gets every key, most of them null.
 */

/** The 79 keys of a `model_info`, in the proxy's order. */
const MODEL_INFO_KEYS = [
  'id', 'db_model', 'mode', 'max_input_tokens', 'max_output_tokens', 'supports_function_calling',
  'input_cost_per_token', 'output_cost_per_token', 'key', 'max_tokens', 'input_cost_per_token_flex',
  'input_cost_per_token_priority', 'cache_creation_input_token_cost', 'cache_creation_input_token_cost_above_200k_tokens',
  'cache_read_input_token_cost', 'cache_read_input_token_cost_above_200k_tokens',
  'cache_read_input_token_cost_above_272k_tokens', 'cache_read_input_token_cost_flex',
  'cache_read_input_token_cost_priority', 'cache_creation_input_token_cost_above_1hr', 'input_cost_per_character',
  'input_cost_per_token_above_128k_tokens', 'input_cost_per_token_above_200k_tokens',
  'input_cost_per_token_above_272k_tokens', 'input_cost_per_query', 'input_cost_per_second',
  'input_cost_per_audio_token', 'input_cost_per_image_token', 'input_cost_per_image', 'input_cost_per_audio_per_second',
  'input_cost_per_video_per_second', 'input_cost_per_token_batches', 'output_cost_per_token_batches',
  'output_cost_per_token_flex', 'output_cost_per_token_priority', 'output_cost_per_audio_token',
  'output_cost_per_character', 'output_cost_per_reasoning_token', 'output_cost_per_token_above_128k_tokens',
  'output_cost_per_character_above_128k_tokens', 'output_cost_per_token_above_200k_tokens',
  'output_cost_per_token_above_272k_tokens', 'output_cost_per_second', 'output_cost_per_second_1080p',
  'output_cost_per_video_per_second', 'output_cost_per_image', 'output_cost_per_image_token', 'output_vector_size',
  'citation_cost_per_token', 'tiered_pricing', 'litellm_provider', 'supports_system_messages',
  'supports_response_schema', 'supports_vision', 'supports_tool_choice', 'supports_assistant_prefill',
  'supports_prompt_caching', 'supports_audio_input', 'supports_audio_output', 'supports_pdf_input',
  'supports_embedding_image_input', 'supports_native_streaming', 'supports_native_structured_output',
  'supports_web_search', 'supports_url_context', 'supports_reasoning', 'supports_none_reasoning_effort',
  'supports_minimal_reasoning_effort', 'supports_xhigh_reasoning_effort', 'supports_max_reasoning_effort',
  'supports_computer_use', 'search_context_cost_per_query', 'tpm', 'rpm', 'ocr_cost_per_page',
  'annotation_cost_per_page', 'provider_specific_entry', 'uses_embed_content', 'supported_openai_params',
] as const;

/** `supported_openai_params` of an `openai/...` chat deployment. */
export const OPENAI_CHAT_PARAMS: readonly string[] = [
  'frequency_penalty', 'logit_bias', 'logprobs', 'top_logprobs', 'max_tokens', 'max_completion_tokens', 'modalities',
  'prediction', 'n', 'presence_penalty', 'seed', 'stop', 'stream', 'stream_options', 'temperature', 'top_p', 'tools',
  'tool_choice', 'function_call', 'functions', 'max_retries', 'extra_headers', 'parallel_tool_calls', 'audio',
  'web_search_options', 'service_tier', 'safety_identifier', 'prompt_cache_key', 'prompt_cache_retention', 'store',
  'response_format',
];

/** Added to every deployment's `litellm_params` in `/model/info`. */
export const ADDED_LITELLM_PARAMS = {
  use_in_pass_through: false,
  use_litellm_proxy: false,
  merge_reasoning_content_in_choices: false,
} as const;

/** A whole `model_info`: every key the proxy sends, null unless `fields` says otherwise. */
export function fullModelInfo(fields: Record<string, unknown>): Record<string, unknown> {
  const info: Record<string, unknown> = Object.fromEntries(MODEL_INFO_KEYS.map((key) => [key, null]));
  return Object.assign(info, fields);
}

/** `supports_*` flags of `/model_group/info`: false, not null, when the deployment does not say. */
const GROUP_FLAGS = [
  'supports_parallel_function_calling',
  'supports_vision',
  'supports_web_search',
  'supports_url_context',
  'supports_reasoning',
  'supports_function_calling',
] as const;

/** One `/model_group/info` entry from a group's `model_info` fields. */
export function modelGroupEntry(name: string, fields: Record<string, unknown>): Record<string, unknown> {
  const provider = fields['litellm_provider'];
  const pick = (key: string) => fields[key] ?? null;
  return {
    model_group: name,
    providers: typeof provider === 'string' ? [provider] : [],
    max_input_tokens: pick('max_input_tokens'),
    max_output_tokens: pick('max_output_tokens'),
    input_cost_per_token: pick('input_cost_per_token'),
    output_cost_per_token: pick('output_cost_per_token'),
    input_cost_per_pixel: null,
    mode: pick('mode'),
    tpm: pick('tpm'),
    rpm: pick('rpm'),
    ...Object.fromEntries(GROUP_FLAGS.map((flag) => [flag, fields[flag] === true])),
    configurable_clientside_auth_params: null,
    is_public_model_group: false,
    health_status: null,
    health_response_time: null,
    health_checked_at: null,
    supported_openai_params: pick('supported_openai_params'),
  };
}
