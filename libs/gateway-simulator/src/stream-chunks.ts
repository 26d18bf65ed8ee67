import { choiceLogprobs, type Completion } from './completion';
import { type SimulatorFlavor } from './simulator-options';
import { splitText } from './split-text';

export interface ChunkOptions {
  /** Characters of text (and of tool arguments) per delta. */
  chunkSize: number;
  /** `stream_options.include_usage`: a final chunk with the usage. */
  includeUsage: boolean;
  /** 'all-zero' reproduces the proxy bug where parallel calls all use index 0 (issues #21331, #33678). */
  toolIndexMode: 'per-call' | 'all-zero';
  /** Who writes the chunks: the LiteLLM proxy reshapes what its upstream (a vLLM-like server) sends. */
  flavor: SimulatorFlavor;
  /** `usage.cost` of the usage chunk, as LiteLLM 1.108 adds for a priced model; null leaves it out. */
  usageCost?: number | null;
}

type Delta = Record<string, unknown>;


function toolDeltas(completion: Completion, options: ChunkOptions): Delta[] {
  return completion.toolCalls.flatMap((call, position) => {
    const index = options.toolIndexMode === 'all-zero' ? 0 : position;
    const opening: Record<string, unknown> = { index, type: 'function', function: { name: call.name, arguments: '' } };
    if (call.id !== null) opening['id'] = call.id;
    // Later deltas carry neither id nor name: the proxy drops nulls (exclude_none), clients accumulate by
    // index. LiteLLM 1.83 adds `"type":"function"` to every one of them.
    const typed = options.flavor === 'litellm' ? { type: 'function' } : {};
    const pieces = splitText(call.arguments, options.chunkSize).map((piece) => ({
      tool_calls: [{ index, ...typed, function: { arguments: piece } }],
    }));
    return [{ tool_calls: [opening] }, ...pieces];
  });
}

/**
 * One choice of a chunk. LiteLLM 1.83 leaves `finish_reason` out while it is null, where an OpenAI-style
 * server (vLLM) writes `"finish_reason": null`.
 */
function choice(delta: Delta, finishReason: string | null, flavor: SimulatorFlavor, extra: Record<string, unknown> = {}): Record<string, unknown> {
  if (flavor === 'litellm' && finishReason === null) return { index: 0, delta, ...extra };
  return { index: 0, delta, finish_reason: finishReason, ...extra };
}

/** The `chat.completion.chunk` objects of one streamed answer, in order, without the `[DONE]` marker. */
export function streamChunks(completion: Completion, options: ChunkOptions): Record<string, unknown>[] {
  const deltas: Delta[] = [
    ...splitText(completion.reasoning ?? '', options.chunkSize).map((piece) => ({ reasoning_content: piece })),
    ...splitText(completion.text ?? '', options.chunkSize).map((piece) => ({ content: piece })),
    ...toolDeltas(completion, options),
  ];
  if (deltas.length === 0) deltas.push({ content: '' });
  deltas[0] = { role: 'assistant', ...deltas[0] };
  const frame = (choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: completion.id,
    created: completion.created,
    model: completion.model,
    object: 'chat.completion.chunk',
    choices,
    ...extra,
  });
  // Each text chunk carries the log probabilities of its own tokens, numbered on through the answer.
  let tokens = 0;
  const chunks = deltas.map((delta) => {
    const logprobs = typeof delta['content'] === 'string' ? choiceLogprobs(completion, delta['content'], tokens) : undefined;
    tokens += logprobs?.content.length ?? 0;
    return frame([choice(delta, null, options.flavor, logprobs && { logprobs })]);
  });
  chunks.push(frame([choice({}, completion.finishReason, options.flavor)]));
  if (options.includeUsage && completion.usage !== null) {
    // LiteLLM's usage chunk keeps one empty choice, even when its upstream sent `choices: []`: a client that
    // reads every chunk with a choice as content must skip it.
    const usageChoices = options.flavor === 'litellm' ? [{ index: 0, delta: {} }] : [];
    const usage = streamedUsage(completion, options.flavor);
    const cost = options.usageCost ?? null;
    chunks.push(frame(usageChoices, { usage: cost === null || usage === null || usage.cost !== undefined ? usage : { ...usage, cost } }));
  }
  return chunks;
}

/** LiteLLM 1.83 adds `completion_tokens_details: {reasoning_tokens: 0}` to the usage of a text stream (not of a tool-call one). */
function streamedUsage(completion: Completion, flavor: SimulatorFlavor): Completion['usage'] {
  const { usage } = completion;
  if (flavor === 'vllm' || usage === null || usage.completion_tokens_details !== undefined || completion.toolCalls.length > 0) {
    return usage;
  }
  return { ...usage, completion_tokens_details: { reasoning_tokens: 0 } };
}
