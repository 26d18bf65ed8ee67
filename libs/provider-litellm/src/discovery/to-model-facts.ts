import { type ModelMode, ModelMode as ModelModeSchema } from '@modelgate/provider-contracts';
import { type ModelFacts } from '@modelgate/provider-openai-compatible';
import { type WireModelInfo } from './wire-schemas';

function toMode(mode: string | null | undefined): ModelMode {
  const parsed = ModelModeSchema.safeParse(mode);
  return parsed.success ? parsed.data : 'unknown';
}

/** A model group's deployments may differ: the first one that reports a field gives it. */
function firstReported<K extends keyof WireModelInfo>(
  infos: readonly WireModelInfo[],
  key: K,
): NonNullable<WireModelInfo[K]> | null {
  for (const info of infos) {
    const value = info[key];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/**
 * The proxy reports `0` for both per-token prices of a model whose prices nobody configured (seen on 1.83.14,
 * see tools/conformance/FINDINGS.md), so a pair of zeros means "not known", never "free".
 */
function pricing(input: number | null, output: number | null): ModelFacts['pricing'] {
  return input === 0 && output === 0 ? { inputPerToken: null, outputPerToken: null } : { inputPerToken: input, outputPerToken: output };
}

/** What `/model/info` says about one public model name, from the `model_info` of its deployments. */
export function toModelFacts(deployments: readonly WireModelInfo[]): ModelFacts {
  const pick = <K extends keyof WireModelInfo>(key: K) => firstReported(deployments, key);
  return {
    mode: toMode(pick('mode')),
    contextWindow: pick('max_input_tokens') ?? pick('max_tokens'),
    maxOutputTokens: pick('max_output_tokens'),
    pricing: pricing(pick('input_cost_per_token'), pick('output_cost_per_token')),
    capabilities: {
      tools: pick('supports_function_calling'),
      parallelTools: pick('supports_parallel_function_calling'),
      toolChoice: pick('supports_tool_choice'),
      vision: pick('supports_vision'),
      structuredOutput: pick('supports_response_schema'),
      systemMessages: pick('supports_system_messages'),
      reasoning: pick('supports_reasoning'),
      pdf: pick('supports_pdf_input'),
      promptCaching: pick('supports_prompt_caching'),
    },
  };
}
