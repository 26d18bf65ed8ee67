import { EXPECTED_TOOL_ANSWER, TOOL, expectedStreamText, plainAnswer } from '../shared/answers';
import { type UpstreamReply, chatReply, decideTurn } from './chat-replies';

const user = (content: unknown) => ({ role: 'user', content });

/** Reassembles an SSE body the way a client must: content deltas in order, up to `[DONE]`. */
function sseFrames(body: string): unknown[] {
  return body
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice('data: '.length))
    .map((data) => (data === '[DONE]' ? data : JSON.parse(data)));
}

describe('decideTurn', () => {
  it('answers a ping with the matching pong', () => {
    expect(decideTurn({ messages: [user('ping 41')] })).toEqual({ kind: 'text', text: plainAnswer(41) });
  });

  it('reads a prompt given as content parts', () => {
    expect(decideTurn({ messages: [user([{ type: 'text', text: 'ping 3' }])] })).toEqual({ kind: 'text', text: 'pong 3' });
  });

  it('asks for the tool when tools are offered and none has answered yet', () => {
    expect(decideTurn({ messages: [user(TOOL.prompt)], tools: [{}] })).toEqual({ kind: 'tool-call' });
  });

  it('reports the integer the tool returned once it has answered', () => {
    const messages = [user(TOOL.prompt), { role: 'assistant', content: null }, { role: 'tool', content: '"42"' }];
    expect(decideTurn({ messages, tools: [{}] })).toEqual({ kind: 'text', text: EXPECTED_TOOL_ANSWER });
  });

  it('says the result is missing when the tool message holds no integer', () => {
    expect(decideTurn({ messages: [{ role: 'tool', content: 'oops' }] })).toEqual({ kind: 'text', text: 'The sum is missing.' });
  });

  it('explains a prompt it does not know', () => {
    expect(decideTurn({ messages: [user('hello')] })).toBe('unknown prompt "hello"');
  });
});

describe('chatReply', () => {
  it('answers a plain request with one chat completion', () => {
    const reply = chatReply({ messages: [user('ping 7')] });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).choices[0]).toMatchObject({ message: { content: 'pong 7' }, finish_reason: 'stop' });
  });

  it('streams the expected text one delta per chunk, then usage when asked, then [DONE]', () => {
    const frames = sseFrames(chatReply({ messages: [user('stream 5')], stream: true, stream_options: { include_usage: true } }).body);
    const chunks = frames.slice(0, -1) as { choices: { delta: { content?: string }; finish_reason: string | null }[]; usage?: object }[];
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(expectedStreamText(5));
    expect(chunks).toHaveLength(1 + 5 + 1 + 1);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 20 } });
    expect(frames.at(-1)).toBe('[DONE]');
  });

  it('sends the tool call as JSON or as a stream that ends with tool_calls', () => {
    const request = { messages: [user(TOOL.prompt)], tools: [{}] };
    const call = JSON.parse(chatReply(request).body).choices[0];
    expect(call.finish_reason).toBe('tool_calls');
    expect(JSON.parse(call.message.tool_calls[0].function.arguments)).toEqual(TOOL.arguments);
    const frames = sseFrames(chatReply({ ...request, stream: true }).body) as { choices: { finish_reason: string | null }[] }[];
    expect(frames.at(-2)!.choices[0]!.finish_reason).toBe('tool_calls');
  });

  it('builds a long stream once and serves it from the cache after', () => {
    const cache = new Map<string, UpstreamReply>();
    const first = chatReply({ messages: [user('stream 50')], stream: true }, cache);
    expect(chatReply({ messages: [user('stream 50')], stream: true }, cache)).toBe(first);
    expect(chatReply({ messages: [user('stream 50')], stream: true, stream_options: { include_usage: true } }, cache)).not.toBe(first);
  });

  it('refuses an unknown prompt with a LiteLLM-shaped 400', () => {
    const reply = chatReply({ messages: [user('hello')] });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('400');
  });
});
