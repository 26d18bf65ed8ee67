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

describe('ChatRequest options and attribution', () => {
  const issuesOf = (overrides: Record<string, unknown>) => {
    const parsed = ChatRequest.safeParse({ ...minimal, ...overrides });
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts every common option, attribution with JSON metadata, provider options and fallbacks', () => {
    const request = {
      ...minimal,
      topP: 0.9,
      stop: ['END', '###'],
      seed: 7,
      presencePenalty: -0.5,
      frequencyPenalty: 1.5,
      parallelToolCalls: false,
      logprobs: true,
      topLogprobs: 3,
      n: 1,
      user: 'u-42',
      tags: ['team:a', 'feature:chat'],
      metadata: { tenant: 'a', priority: 2, flags: { beta: true }, ids: [1, 'x', null] },
      providerOptions: { litellm: { mock_testing_fallbacks: true, caching: { ttl: 60 } } },
      fallbackModels: ['litellm/gpt-4o'],
    };
    expect(ChatRequest.parse(request)).toEqual(request);
  });

  it('refuses an unknown option rather than dropping it', () => {
    expect(issuesOf({ top_p: 0.5 })).toEqual([': Unrecognized key: "top_p"']);
  });

  it('refuses more than one choice, saying why', () => {
    expect(issuesOf({ n: 2 })).toEqual(['n: n: a call returns one choice; ask again for another answer']);
  });

  it('refuses topLogprobs without logprobs', () => {
    expect(issuesOf({ topLogprobs: 2 })).toEqual(['topLogprobs: topLogprobs needs logprobs: true']);
  });

  it('refuses out-of-range sampling values', () => {
    expect(rejects({ topP: 0 })).toBe(true);
    expect(rejects({ topP: 1.01 })).toBe(true);
    expect(rejects({ presencePenalty: 2.5 })).toBe(true);
    expect(rejects({ frequencyPenalty: -3 })).toBe(true);
    expect(rejects({ seed: 1.5 })).toBe(true);
    expect(rejects({ stop: ['a', 'b', 'c', 'd', 'e'] })).toBe(true);
  });

  it('refuses a provider option that would override what modelgate owns', () => {
    for (const field of ['model', 'messages', 'stream', 'tools']) {
      expect(issuesOf({ providerOptions: { litellm: { [field]: 'x' } } })).toEqual([
        `providerOptions.litellm.${field}: "${field}" is set by modelgate and may not be overridden`,
      ]);
    }
  });

  it('refuses a provider option that a typed option sets, naming the option', () => {
    expect(issuesOf({ providerOptions: { litellm: { top_p: 0.5 } } })).toEqual([
      'providerOptions.litellm.top_p: "top_p" is an option of its own: use topP',
    ]);
  });

  it('refuses tags given both as tags and as metadata.tags', () => {
    expect(issuesOf({ tags: ['a'], metadata: { tags: ['b'] } })).toEqual(['metadata.tags: give tags as `tags` or as `metadata.tags`, not both']);
  });

  it('refuses empty and oversized attribution', () => {
    expect(rejects({ user: '' })).toBe(true);
    expect(rejects({ tags: [''] })).toBe(true);
    expect(rejects({ tags: Array.from({ length: 33 }, (_, i) => `t${i}`) })).toBe(true);
    expect(rejects({ metadata: { when: new Date() } })).toBe(true);
  });

  it('refuses more fallback models than the limit', () => {
    expect(rejects({ fallbackModels: Array.from({ length: 6 }, (_, i) => `litellm/m${i}`) })).toBe(true);
  });
});
