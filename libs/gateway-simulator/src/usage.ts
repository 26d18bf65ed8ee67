import { type ChatRequestBody, textOf } from './chat-request';
import { type ScriptedUsage } from './reply';

/** Usage as it goes on the wire. */
export interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost?: number;
  prompt_tokens_details?: { cached_tokens?: number; cache_creation_tokens?: number };
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
  completion_tokens_details?: { reasoning_tokens?: number };
}

/** What a reply produced, in the strings that count towards completion tokens. */
export interface Produced {
  text: string;
  reasoning: string;
  toolArguments: string[];
}

/** Per-token USD prices of a model, when it has them. */
export interface Prices {
  input: number | null;
  output: number | null;
}

/** A deterministic stand-in for a tokenizer: one token per four characters, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function promptText(request: ChatRequestBody): string {
  return request.messages
    .map((message) => {
      const calls = (message.tool_calls ?? []).map((call) => call.function?.arguments ?? '').join('');
      return `${message.role} ${textOf(message.content)}${calls}`;
    })
    .join('\n');
}

/** Usage computed from text lengths, with every field the script gives taking precedence. */
export function computeUsage(
  request: ChatRequestBody,
  produced: Produced,
  scripted: ScriptedUsage | null | undefined,
): WireUsage | null {
  if (scripted === null) return null;
  const reasoningTokens = estimateTokens(produced.reasoning);
  const prompt = scripted?.prompt_tokens ?? Math.max(1, estimateTokens(promptText(request)));
  const completion =
    scripted?.completion_tokens ??
    estimateTokens(produced.text) + reasoningTokens + estimateTokens(produced.toolArguments.join(''));
  const usage: WireUsage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: scripted?.total_tokens ?? prompt + completion,
  };
  if (scripted?.cost !== undefined) usage.cost = scripted.cost;
  if (scripted?.prompt_tokens_details !== undefined) usage.prompt_tokens_details = scripted.prompt_tokens_details;
  if (scripted?.cache_read_input_tokens !== undefined) usage.cache_read_input_tokens = scripted.cache_read_input_tokens;
  if (scripted?.cache_creation_input_tokens !== undefined) usage.cache_creation_input_tokens = scripted.cache_creation_input_tokens;
  const details = scripted?.completion_tokens_details;
  if (details !== undefined) usage.completion_tokens_details = details;
  else if (reasoningTokens > 0) usage.completion_tokens_details = { reasoning_tokens: reasoningTokens };
  return usage;
}

/** Cost in USD from token counts and per-token prices; null when the model has no prices. */
export function costFromUsage(usage: WireUsage | null, prices: Prices): number | null {
  if (usage === null || (prices.input === null && prices.output === null)) return null;
  return usage.prompt_tokens * (prices.input ?? 0) + usage.completion_tokens * (prices.output ?? 0);
}

/**
 * A float the way Python's `str()` writes it, as LiteLLM fills `x-litellm-response-cost`:
 * small costs come out in exponent form ("3.75e-05"), whole numbers keep ".0".
 */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    const digits = exponent.replace(/^[-+]/, '').padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}
