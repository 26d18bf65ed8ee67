import { type EmbeddingResult } from '@modelgate/provider-contracts';
import { formatCost, formatUsage } from '../../shared/format';
import { toEmbeddingsAnswer } from '../../shared/embeddings-contract';
import { type CommandContext } from '../context';
import { discoverChatModel } from '../discover';
import { keyFromEnv } from '../key-env';

export interface EmbedOptions {
  model: string;
  texts: string[];
  json: boolean;
  /** The environment variable with this call's LiteLLM key. */
  keyEnv?: string;
  user?: string;
  tags?: string[];
}

/** Values of a vector shown on its line. */
const SHOWN_VALUES = 4;

const clip = (text: string) => (text.length > 24 ? `${text.slice(0, 21)}...` : text);

/** `[0] "ab"  1536 dims  [0.0123, -0.0456, 0.0789, 0.0012, ...]`: one line per input, in input order. */
export function formatEmbeddingLines(texts: readonly string[], result: Pick<EmbeddingResult, 'embeddings'>): string[] {
  return result.embeddings.map((vector, index) => {
    const values = vector.slice(0, SHOWN_VALUES).map((value) => value.toFixed(4));
    const more = vector.length > SHOWN_VALUES ? ', ...' : '';
    return `[${index}] ${JSON.stringify(clip(texts[index] ?? ''))}  ${vector.length} dims  [${values.join(', ')}${more}]`;
  });
}

/** `embed --model <id> [--json] [--key-env <VAR>] [--user <id>] [--tag <t>]... <text>...`: one vector per text. */
export async function runEmbed(context: CommandContext, options: EmbedOptions): Promise<number> {
  const apiKey = keyFromEnv(context, options.keyEnv, options.model);
  const result = await context.demo.modelgate.execution.embed({
    model: await discoverChatModel(context, options.model, apiKey),
    input: options.texts,
    ...(apiKey !== undefined && { credentials: { apiKey } }),
    ...(options.user !== undefined && { user: options.user }),
    ...(options.tags !== undefined && { tags: options.tags }),
    signal: context.signal,
  });
  const out = context.stdout;
  if (options.json) {
    out.write(`${JSON.stringify(toEmbeddingsAnswer(result))}\n`);
    return 0;
  }
  out.write(`${formatEmbeddingLines(options.texts, result).join('\n')}\n\n`);
  out.write(`usage  ${formatUsage(result.usage)}\ncost   ${formatCost(result.cost)}\n`);
  return 0;
}
