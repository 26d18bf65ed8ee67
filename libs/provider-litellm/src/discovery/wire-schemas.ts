import { z } from 'zod';

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

/** `GET /model/info`: one entry per deployment; several may share a `model_name` (a model group). */
export const ModelInfoResponse = z.looseObject({
  data: z.array(
    z.looseObject({
      model_name: z.string(),
      litellm_params: z.looseObject({ model: z.string().nullish() }).nullish().catch(null),
      model_info: WireModelInfo.nullish().catch(null),
    }),
  ),
});
export type ModelInfoResponse = z.infer<typeof ModelInfoResponse>;

// The fast path: validating 5,000 loose entries with a `.catch` per field copies every one of them. An
// answer these typeof checks accept is one the schema takes unchanged, with nothing caught, so it is used as
// it is; any other answer takes the schema, which keeps its leniency and its issue paths.

type Check = (value: unknown) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLabel: Check = (value) => value == null || typeof value === 'string';

/** A check per field schema; a field added to `WireModelInfo` without one sends every answer to the schema. */
const FIELD_CHECKS = new Map<z.ZodType, Check>([
  [label, isLabel],
  [count, (value) => value == null || (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)],
  [price, (value) => value == null || (typeof value === 'number' && Number.isFinite(value) && value >= 0)],
  [flag, (value) => value == null || typeof value === 'boolean'],
]);

const modelInfoChecks = Object.entries(WireModelInfo.shape).map(
  ([key, schema]) => [key, FIELD_CHECKS.get(schema) ?? (() => false)] as const,
);

function isPlainModelInfo(value: unknown): boolean {
  return value == null || (isRecord(value) && modelInfoChecks.every(([key, check]) => check(value[key])));
}

function isPlainEntry(entry: unknown): boolean {
  if (!isRecord(entry) || typeof entry.model_name !== 'string') return false;
  const params = entry.litellm_params;
  return (params == null || (isRecord(params) && isLabel(params.model))) && isPlainModelInfo(entry.model_info);
}

function isPlainResponse(raw: unknown): raw is ModelInfoResponse {
  return isRecord(raw) && Array.isArray(raw.data) && raw.data.every(isPlainEntry);
}

/** `ModelInfoResponse.safeParse`, with the fast path for a well-formed answer. */
export function parseModelInfoResponse(raw: unknown): z.ZodSafeParseResult<ModelInfoResponse> {
  return isPlainResponse(raw) ? { success: true, data: raw } : ModelInfoResponse.safeParse(raw);
}
