import { ChatRequest, DEFAULT_MAX_TOOL_ITERATIONS } from './chat-request';

const minimal = { model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] };
const rejects = (overrides: Record<string, unknown>) => ChatRequest.safeParse({ ...minimal, ...overrides }).success === false;

describe('ChatRequest', () => {
  it('accepts a request using every field, AbortSignal included', () => {
    const signal = new AbortController().signal;
    const request = {
      ...minimal,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
        { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{}' }] },
        { role: 'tool', toolCallId: 'call_1', content: '18 C' },
      ],
      tools: [{ name: 'get_weather', description: 'Weather', parameters: { type: 'object' } }],
      toolChoice: { type: 'tool', name: 'get_weather' },
      responseFormat: { type: 'json_object' },
      temperature: 0.2,
      maxTokens: 256,
      reasoningEffort: 'low',
      maxToolIterations: 5,
      onToolLoopLimit: 'error',
      toolConcurrency: 2,
      toolTimeoutMs: 1_000,
      timeoutMs: 30_000,
      signal,
      metadata: { tenant: 'a' },
    };
    const parsed = ChatRequest.parse(request);
    expect(parsed.signal).toBe(signal);
    expect(parsed).toEqual(request);
  });

  it('rejects a temperature outside 0 to 2', () => {
    expect(rejects({ temperature: 2.5 })).toBe(true);
    expect(rejects({ temperature: -0.1 })).toBe(true);
    expect(rejects({ temperature: 2 })).toBe(false);
  });

  it('rejects a request without messages', () => {
    expect(rejects({ messages: [] })).toBe(true);
  });

  it('rejects a tool name the API would refuse, in tools and in toolChoice', () => {
    expect(rejects({ tools: [{ name: 'get weather', parameters: {} }] })).toBe(true);
    expect(rejects({ tools: [{ name: 'x'.repeat(65), parameters: {} }] })).toBe(true);
    expect(rejects({ toolChoice: { type: 'tool', name: 'get.weather' } })).toBe(true);
  });

  it('rejects a signal that is not an AbortSignal', () => {
    expect(rejects({ signal: { aborted: false } })).toBe(true);
  });

  it('rejects a tool loop limit above 100 and a fractional token limit', () => {
    expect(rejects({ maxToolIterations: 101 })).toBe(true);
    expect(rejects({ maxTokens: 10.5 })).toBe(true);
  });

  it('rejects an empty model id', () => {
    expect(rejects({ model: '' })).toBe(true);
  });

  it('allows twenty tool turns by default', () => {
    expect(DEFAULT_MAX_TOOL_ITERATIONS).toBe(20);
  });
});
