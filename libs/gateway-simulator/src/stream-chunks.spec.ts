import { type Completion } from './completion';
import { splitText } from './split-text';
import { streamChunks } from './stream-chunks';

function completion(overrides: Partial<Completion>): Completion {
  return {
    id: 'chatcmpl-1',
    created: 1,
    model: 'm',
    text: 'Hello world',
    reasoning: null,
    toolCalls: [],
    finishReason: 'stop',
    usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    logprobs: null,
    ...overrides,
  };
}

const options = { chunkSize: 4, includeUsage: false, toolIndexMode: 'per-call' as const, flavor: 'litellm' as const };
const vllm = { ...options, flavor: 'vllm' as const };
type Choice = { index: number; delta: Record<string, unknown>; finish_reason?: string | null };
const choices = (chunks: Record<string, unknown>[]) => chunks.map((chunk) => (chunk['choices'] as Choice[])[0]);

describe('splitText', () => {
  it('splits into pieces of the given size', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never splits a surrogate pair', () => {
    expect(splitText('😀😀😀', 2)).toEqual(['😀😀', '😀']);
  });
});

describe('streamChunks', () => {
  it('streams the text in pieces, the first carrying the assistant role', () => {
    const deltas = choices(streamChunks(completion({}), options)).map((choice) => choice?.delta);
    expect(deltas.slice(0, 3)).toEqual([{ role: 'assistant', content: 'Hell' }, { content: 'o wo' }, { content: 'rld' }]);
  });

  it('ends with an empty delta carrying the finish reason', () => {
    const last = choices(streamChunks(completion({}), options)).at(-1);
    expect(last).toEqual({ index: 0, delta: {}, finish_reason: 'stop' });
  });

  it('marks every chunk as a chat.completion.chunk of the same id', () => {
    const chunks = streamChunks(completion({}), options);
    expect(new Set(chunks.map((chunk) => `${chunk['object']}:${chunk['id']}`))).toEqual(new Set(['chat.completion.chunk:chatcmpl-1']));
  });

  it('leaves finish_reason out while it is null, as LiteLLM 1.83 does', () => {
    const first = choices(streamChunks(completion({}), options))[0];
    expect(first).toEqual({ index: 0, delta: { role: 'assistant', content: 'Hell' } });
  });

  it('writes finish_reason null on every chunk of the vLLM flavour', () => {
    const first = choices(streamChunks(completion({}), vllm))[0];
    expect(first).toEqual({ index: 0, delta: { role: 'assistant', content: 'Hell' }, finish_reason: null });
  });

  it("adds LiteLLM's usage chunk, with one empty choice, only when usage is asked for", () => {
    expect(streamChunks(completion({}), options).some((chunk) => 'usage' in chunk)).toBe(false);
    const last = streamChunks(completion({}), { ...options, includeUsage: true }).at(-1)!;
    expect(last['choices']).toEqual([{ index: 0, delta: {} }]);
    expect(last['usage']).toMatchObject({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 });
  });

  it('adds a usage chunk with no choices and the usage as it is in the vLLM flavour', () => {
    const last = streamChunks(completion({}), { ...vllm, includeUsage: true }).at(-1)!;
    expect(last['choices']).toEqual([]);
    expect(last['usage']).toEqual({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 });
  });

  it('reports zero reasoning tokens in the usage of a text stream, as LiteLLM 1.83 does, but not of a tool-call stream', () => {
    const text = streamChunks(completion({}), { ...options, includeUsage: true }).at(-1)!;
    expect(text['usage']).toEqual({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, completion_tokens_details: { reasoning_tokens: 0 } });
    const toolCalls = [{ id: 'call_1', name: 'a', arguments: '{}' }];
    const tools = streamChunks(completion({ text: null, toolCalls }), { ...options, includeUsage: true }).at(-1)!;
    expect(tools['usage']).toEqual({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 });
  });

  it('sends no usage chunk when there is no usage', () => {
    const chunks = streamChunks(completion({ usage: null }), { ...options, includeUsage: true });
    expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false);
  });

  it('streams reasoning as reasoning_content before the text', () => {
    const deltas = choices(streamChunks(completion({ reasoning: 'think', text: 'ok' }), options)).map((c) => c?.delta);
    expect(deltas.slice(0, 3)).toEqual([{ role: 'assistant', reasoning_content: 'thin' }, { reasoning_content: 'k' }, { content: 'ok' }]);
  });

  it('opens each tool call with its id and name, then streams its arguments by index, typed, as LiteLLM does', () => {
    const toolCalls = [
      { id: 'call_1', name: 'a', arguments: '{"x":1}' },
      { id: 'call_2', name: 'b', arguments: '{}' },
    ];
    const deltas = choices(streamChunks(completion({ text: null, toolCalls, finishReason: 'tool_calls' }), options)).map((c) => c?.delta);
    expect(deltas).toEqual([
      { role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'a', arguments: '' } }] },
      { tool_calls: [{ index: 0, type: 'function', function: { arguments: '{"x"' } }] },
      { tool_calls: [{ index: 0, type: 'function', function: { arguments: ':1}' } }] },
      { tool_calls: [{ index: 1, id: 'call_2', type: 'function', function: { name: 'b', arguments: '' } }] },
      { tool_calls: [{ index: 1, type: 'function', function: { arguments: '{}' } }] },
      {},
    ]);
  });

  it('sends untyped argument deltas in the vLLM flavour', () => {
    const toolCalls = [{ id: 'call_1', name: 'a', arguments: '{}' }];
    const deltas = choices(streamChunks(completion({ text: null, toolCalls }), vllm)).map((c) => c?.delta);
    expect(deltas[1]).toEqual({ tool_calls: [{ index: 0, function: { arguments: '{}' } }] });
  });

  it('puts every tool call on index 0 in the all-zero mode', () => {
    const toolCalls = [
      { id: 'call_1', name: 'a', arguments: '{}' },
      { id: 'call_2', name: 'b', arguments: '{}' },
    ];
    const chunks = streamChunks(completion({ text: null, toolCalls }), { ...options, toolIndexMode: 'all-zero' });
    const indexes = choices(chunks).flatMap((c) => ((c?.delta['tool_calls'] as { index: number }[] | undefined) ?? []).map((t) => t.index));
    expect(new Set(indexes)).toEqual(new Set([0]));
  });

  it('leaves ids out of every delta when the call has none', () => {
    const chunks = streamChunks(completion({ text: null, toolCalls: [{ id: null, name: 'a', arguments: '{}' }] }), options);
    expect(JSON.stringify(chunks)).not.toContain('"id":"call');
    expect(JSON.stringify(chunks)).toContain('"name":"a"');
  });

  it('still sends one content delta for an empty answer', () => {
    const deltas = choices(streamChunks(completion({ text: '' }), options)).map((c) => c?.delta);
    expect(deltas[0]).toEqual({ role: 'assistant', content: '' });
  });

  it('gives each text chunk the log probabilities of its own tokens, numbered on through the answer', () => {
    const chunks = streamChunks(completion({ text: 'abcdefgh', logprobs: { top: 2 } }), options) as { choices: { logprobs?: { content: { token: string; logprob: number; top_logprobs: unknown[] }[] } }[] }[];
    const tokens = chunks.flatMap((chunk) => chunk.choices[0]?.logprobs?.content ?? []);
    expect(tokens.map((t) => [t.token, t.logprob])).toEqual([['abcd', -0.1], ['efgh', -0.2]]);
    expect(tokens[1]?.top_logprobs).toEqual([{ token: 'efgh', logprob: -0.2 }, { token: 'efgh#1', logprob: -1.2 }]);
  });

  it('sends no log probabilities unless asked', () => {
    const chunks = streamChunks(completion({}), options) as { choices: Record<string, unknown>[] }[];
    expect(chunks.every((chunk) => !('logprobs' in (chunk.choices[0] ?? {})))).toBe(true);
  });
});
