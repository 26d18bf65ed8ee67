import { z } from 'zod';
import { isPlainJsonObject } from '@modelgate/provider-contracts';

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
  input_cost_per_token: price,
  output_cost_per_token: price,
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

// The fast path: validating 5,000 loose entries with a `.catch` per field copies every one of them. An
// answer these typeof checks accept is one the schema takes unchanged, with nothing caught, so it is used as
// it is; any other answer takes the schema, which keeps its leniency and its issue paths.

type Check = (value: unknown) => boolean;

const isLabel: Check = (value) => value == null || typeof value === 'string';
const isCount: Check = (value) => value == null || (typeof value === 'number' && Number.isSafeInteger(value) && value > 0);
const isPrice: Check = (value) => value == null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
const isFlag: Check = (value) => value == null || typeof value === 'boolean';

/**
 * Every `WireModelInfo` field by name: a read by a fixed name is several times cheaper than one by a key
 * from a list, across 15 fields of 5,000 entries. The property test draws every field of the schema, so a
 * field added there without a check here fails it.
 */
function isPlainModelInfo(value: unknown): boolean {
  if (value == null) return true;
  return (
    isPlainJsonObject(value) &&
    isLabel(value.mode) &&
    isCount(value.max_tokens) &&
    isCount(value.max_input_tokens) &&
    isCount(value.max_output_tokens) &&
    isPrice(value.input_cost_per_token) &&
    isPrice(value.output_cost_per_token) &&
    isFlag(value.supports_function_calling) &&
    isFlag(value.supports_parallel_function_calling) &&
    isFlag(value.supports_tool_choice) &&
    isFlag(value.supports_vision) &&
    isFlag(value.supports_response_schema) &&
    isFlag(value.supports_system_messages) &&
    isFlag(value.supports_reasoning) &&
    isFlag(value.supports_pdf_input) &&
    isFlag(value.supports_prompt_caching)
  );
}

function isPlainEntry(entry: unknown): boolean {
  return isPlainJsonObject(entry) && typeof entry.model_name === 'string' && isPlainModelInfo(entry.model_info);
}

function isPlainResponse(raw: unknown): raw is ModelInfoResponse {
  if (!isPlainJsonObject(raw) || !Array.isArray(raw.data)) return false;
  // Indexed, not `every`: a hole is an entry the schema refuses, and `every` would skip it.
  for (let i = 0; i < raw.data.length; i++) if (!isPlainEntry(raw.data[i])) return false;
  return true;
}

/** `ModelInfoResponse.safeParse`, with the fast path for a well-formed answer. */
export function parseModelInfoResponse(raw: unknown): z.ZodSafeParseResult<ModelInfoResponse> {
  return isPlainResponse(raw) ? { success: true, data: raw } : ModelInfoResponse.safeParse(raw);
}
