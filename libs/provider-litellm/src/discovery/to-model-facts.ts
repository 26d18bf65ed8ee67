import { type ModelMode, ModelMode as ModelModeSchema } from '@modelgate/provider-contracts';
import { type ModelFacts } from '@modelgate/provider-openai-compatible';
import { WireModelInfo } from './wire-schemas';

const MODES: ReadonlySet<unknown> = new Set(ModelModeSchema.options);
const isModelMode = (mode: unknown): mode is ModelMode => MODES.has(mode);

const REPORTED_FIELDS = Object.keys(WireModelInfo.shape);

/**
 * A model group's deployments may differ: each field comes from the first deployment that reports it
 * (`earlier` before `later`). A new object; the deployments are left as they are.
 */
export function mergeDeployments(earlier: WireModelInfo, later: WireModelInfo): WireModelInfo {
  const merged: Record<string, unknown> = { ...earlier };
  for (const key of REPORTED_FIELDS) merged[key] ??= later[key];
  // Each field holds one of the two deployments' values for it, which both have the field's type.
  return merged as WireModelInfo;
}

/**
 * The proxy reports `0` for both per-token prices of a model whose prices nobody configured (seen on 1.83.14,
 * see tools/conformance/FINDINGS.md), so a pair of zeros means "not known", never "free".
 */
function pricing(info: WireModelInfo): ModelFacts['pricing'] {
  const input = info.input_cost_per_token ?? null;
  const output = info.output_cost_per_token ?? null;
  if (input === 0 && output === 0) return { inputPerToken: null, outputPerToken: null };
  const cacheRead = info.cache_read_input_token_cost ?? null;
  const cacheWrite = info.cache_creation_input_token_cost ?? null;
  return {
    inputPerToken: input,
    outputPerToken: output,
    ...(cacheRead !== null && { cacheReadPerToken: cacheRead }),
    ...(cacheWrite !== null && { cacheWritePerToken: cacheWrite }),
  };
}

/** No mode said is `unknown` (may be chat); a mode said that modelgate does not know is `other`, never chat. */
function modeOf(mode: unknown): ModelMode {
  if (mode === null || mode === undefined || mode === '') return 'unknown';
  return isModelMode(mode) ? mode : 'other';
}

/** What `/model/info` says about one public model name, from the `model_info` of its deployment(s), merged. */
export function toModelFacts(info: WireModelInfo): ModelFacts {
  return {
    mode: modeOf(info.mode),
    contextWindow: info.max_input_tokens ?? info.max_tokens ?? null,
    maxOutputTokens: info.max_output_tokens ?? null,
    ...(info.output_vector_size != null && { dimensions: info.output_vector_size }),
    pricing: pricing(info),
    capabilities: {
      tools: info.supports_function_calling ?? null,
      parallelTools: info.supports_parallel_function_calling ?? null,
      toolChoice: info.supports_tool_choice ?? null,
      vision: info.supports_vision ?? null,
      structuredOutput: info.supports_response_schema ?? null,
      systemMessages: info.supports_system_messages ?? null,
      reasoning: info.supports_reasoning ?? null,
      pdf: info.supports_pdf_input ?? null,
      promptCaching: info.supports_prompt_caching ?? null,
    },
  };
}
