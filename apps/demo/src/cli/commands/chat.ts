import { type ChatRequest, type ChatResult } from '@modelgate/provider-contracts';
import { type CommandContext } from '../context';
import { discoverChatModel } from '../discover';
import { keyFromEnv } from '../key-env';
import { REASONING_LABEL, renderStream } from '../render-stream';
import { formatSummary, formatToolCall, formatToolResult } from '../summary';

export interface ChatOptions {
  model: string;
  prompt: string;
  stream: boolean;
  tools: boolean;
  json: boolean;
  /** The environment variable with this chat's LiteLLM key. */
  keyEnv?: string;
  user?: string;
  tags?: string[];
}

/** Runs one chat, streamed to the terminal when asked (and not `--json`). */
export async function chatOnce(context: CommandContext, request: ChatRequest, options: Pick<ChatOptions, 'stream' | 'json'>): Promise<ChatResult> {
  const { execution } = context.demo.modelgate;
  if (!options.stream) return execution.chat(request);
  const stream = execution.stream(request);
  if (!options.json) return renderStream(stream, context.stdout, context.paint);
  for await (const _event of stream) {
    // `--json` prints the result only; the events still flow so the call streams end to end.
  }
  return stream.result;
}

/** `chat --model <id> [--stream] [--tools] [--json] [--key-env <VAR>] [--user <id>] [--tag <t>]... <prompt>`. */
export async function runChat(context: CommandContext, options: ChatOptions): Promise<number> {
  const apiKey = keyFromEnv(context, options.keyEnv, options.model);
  const request: ChatRequest = {
    model: await discoverChatModel(context, options.model, apiKey),
    ...(apiKey !== undefined && { credentials: { apiKey } }),
    messages: [{ role: 'user', content: options.prompt }],
    ...(options.tools ? { tools: [...context.demo.toolset.definitions()] } : {}),
    ...(options.user === undefined ? {} : { user: options.user }),
    ...(options.tags === undefined ? {} : { tags: options.tags }),
    signal: context.signal,
  };
  const result = await chatOnce(context, request, options);
  const out = context.stdout;
  if (options.json) {
    out.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  if (!options.stream) {
    for (const call of result.toolCalls) {
      out.write(`${formatToolCall(call.name, call.arguments, context.paint)}\n${formatToolResult(call, context.paint)}\n`);
    }
    if (result.reasoning) out.write(`${context.paint.dim(`${REASONING_LABEL}${result.reasoning}`)}\n\n`);
    out.write(`${result.content}\n`);
  }
  out.write(`\n${formatSummary(result, context.paint)}\n`);
  return 0;
}
