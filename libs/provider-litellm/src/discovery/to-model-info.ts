import { type ModelInfo, type ModelMode, ModelMode as ModelModeSchema } from '@modelgate/provider-contracts';
import { type WireModelInfo } from './wire-schemas';

/** Modes a chat UI may offer; `responses` models also answer chat completions through the proxy. */
const CHAT_MODES: ReadonlySet<ModelMode> = new Set(['chat', 'responses', 'unknown']);

/** Wildcard deployments (`*`, `openai/*`) are routes, not models (LiteLLM issues #13643, #14257). */
export function isWildcardRoute(id: string): boolean {
  return id.includes('*');
}

export function isChatModel(model: ModelInfo): boolean {
  return CHAT_MODES.has(model.mode);
}

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

export function toModelInfo(
  providerId: string,
  prefix: string,
  name: string,
  deployments: readonly WireModelInfo[],
): ModelInfo {
  const pick = <K extends keyof WireModelInfo>(key: K) => firstReported(deployments, key);
  return {
    id: `${prefix}${name}`,
    provider: providerId,
    name,
    mode: toMode(pick('mode')),
    contextWindow: pick('max_input_tokens') ?? pick('max_tokens'),
    maxOutputTokens: pick('max_output_tokens'),
    pricing: { inputPerToken: pick('input_cost_per_token'), outputPerToken: pick('output_cost_per_token') },
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
