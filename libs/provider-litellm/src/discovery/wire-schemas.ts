import { z } from 'zod';
import { compileLenientParse } from '@modelgate/provider-contracts';

// Every /model/info field is optional and often null for custom models; a value of the wrong type is
// read as "not reported" rather than failing the whole list.
const label = z.string().nullish().catch(null);
const count = z.number().int().positive().nullish().catch(null);
const price = z.number().nonnegative().nullish().catch(null);
const flag = z.boolean().nullish().catch(null);

export const WireModelInfo = z.looseObject({
  mode: label,
  max_tokens: count,
  max_input_tokens: count,
  max_output_tokens: count,
  /** An embedding model's vector length, when the model cost map or the config states it. */
  output_vector_size: count,
  input_cost_per_token: price,
  output_cost_per_token: price,
  cache_read_input_token_cost: price,
  cache_creation_input_token_cost: price,
  supports_function_calling: flag,
  supports_parallel_function_calling: flag,
  supports_tool_choice: flag,
  supports_vision: flag,
  supports_response_schema: flag,
  supports_system_messages: flag,
  supports_reasoning: flag,
  supports_pdf_input: flag,
  supports_prompt_caching: flag,
});
export type WireModelInfo = z.infer<typeof WireModelInfo>;

/**
 * `GET /model/info`: one entry per deployment; several may share a `model_name` (a model group). Nothing
 * reads an entry's `litellm_params` (the deployment's upstream settings), so it is passed along unchecked.
 */
export const ModelInfoResponse = z.looseObject({
  data: z.array(
    z.looseObject({
      model_name: z.string(),
      model_info: WireModelInfo.nullish().catch(null),
    }),
  ),
});
export type ModelInfoResponse = z.infer<typeof ModelInfoResponse>;

/**
 * `ModelInfoResponse.safeParse` for thousands of entries: a well-formed answer, with nothing to catch, is
 * used as it is instead of copied entry by entry with a catch per field; any other takes the schema.
 */
export const parseModelInfoResponse = compileLenientParse(ModelInfoResponse);
