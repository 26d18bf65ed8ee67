import { chat, useSimulator, userSays } from './test-support/http';

type Body = {
  model: string;
  object: string;
  choices: { finish_reason: string; message: { content: string | null; tool_calls?: { id?: string; function: { name: string; arguments: string } }[]; reasoning_content?: string } }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
};
type ErrorBody = { error: { message: string; type: string | null; param: string | null; code: string } };

const calculator = {
  type: 'function',
  function: { name: 'calculator', parameters: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] } },
};

describe('chat completions as JSON', () => {
  const simulator = useSimulator();

  it('answers with a chat.completion echoing the user', async () => {
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hello') });
    const body = (await response.json()) as Body;
    expect(response.status).toBe(200);
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message).toEqual({ role: 'assistant', content: 'You said: hello' });
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(body.usage!.total_tokens).toBe(body.usage!.prompt_tokens + body.usage!.completion_tokens);
  });

  it('works at /chat/completions too', async () => {
    const response = await fetch(`${simulator().url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: userSays('hi') }),
    });
    expect(response.status).toBe(200);
  });

  it('sends the LiteLLM headers, the cost header included', async () => {
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hello') });
    expect(response.headers.get('x-litellm-call-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-litellm-model-id')).toMatch(/^[0-9a-f]{64}$/);
    expect(response.headers.get('x-litellm-model-group')).toBe('gpt-4o-mini');
    expect(response.headers.get('x-litellm-version')).toBe('1.83.14');
    expect(response.headers.get('x-litellm-attempted-retries')).toBe('0');
    expect(response.headers.get('x-litellm-attempted-fallbacks')).toBe('0');
    expect(Number(response.headers.get('x-litellm-response-duration-ms'))).toBeGreaterThanOrEqual(0);
    expect(Number(response.headers.get('x-litellm-overhead-duration-ms'))).toBeGreaterThanOrEqual(0);
    const body = (await response.json()) as Body;
    const expected = body.usage!.prompt_tokens * 1.5e-7 + body.usage!.completion_tokens * 6e-7;
    expect(Number(response.headers.get('x-litellm-response-cost'))).toBeCloseTo(expected, 15);
  });

  it('sends no cost header for a model without prices', async () => {
    const response = await chat(simulator(), { model: 'reasoner-mini', messages: userSays('hi') });
    expect(response.headers.has('x-litellm-response-cost')).toBe(false);
  });

  it('sends a scripted cost header, or none when the script says null', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'a', costHeaderUsd: 0.25 }, { text: 'b', costHeaderUsd: null });
    expect((await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('x') })).headers.get('x-litellm-response-cost')).toBe('0.25');
    expect((await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('x') })).headers.has('x-litellm-response-cost')).toBe(false);
  });

  it('answers with the upstream model name, not the public alias', async () => {
    const body = (await (await chat(simulator(), { model: 'claude-3-5-haiku', messages: userSays('hi') })).json()) as Body;
    expect(body.model).toBe('claude-3-5-haiku-20241022');
  });

  it('alternates the deployments of a model group', async () => {
    const ids = [];
    for (let turn = 0; turn < 3; turn += 1) {
      const response = await chat(simulator(), { model: 'claude-3-5-haiku', messages: userSays('hi') });
      ids.push(response.headers.get('x-litellm-model-id'));
    }
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe(ids[0]);
  });

  it('routes any openai/<x> name through the wildcard route', async () => {
    const response = await chat(simulator(), { model: 'openai/gpt-4.1-nano', messages: userSays('hi') });
    const body = (await response.json()) as Body;
    expect(response.status).toBe(200);
    expect(body.model).toBe('gpt-4.1-nano');
  });

  it('calls the calculator, then answers from its result, with deterministic ids', async () => {
    const first = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('What is 12 * 7?'), tools: [calculator] })).json()) as Body;
    const call = first.choices[0]!.message.tool_calls![0]!;
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call).toEqual({ id: 'call_1', type: 'function', function: { name: 'calculator', arguments: '{"expression":"12 * 7"}' } });
    const messages = [
      ...userSays('What is 12 * 7?'),
      { role: 'assistant', content: null, tool_calls: [call] },
      { role: 'tool', tool_call_id: call.id, content: '84' },
    ];
    const second = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages, tools: [calculator] })).json()) as Body;
    expect(second.choices[0]?.message.content).toBe('The result is 84.');
  });

  it('answers a json_schema request with JSON that fits it', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    const body = (await (
      await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('hi'), response_format: { type: 'json_schema', json_schema: { name: 'c', schema } } })
    ).json()) as Body;
    expect(JSON.parse(body.choices[0]!.message.content!)).toEqual({ city: 'example' });
  });

  it('carries reasoning_content for the reasoning model', async () => {
    const body = (await (await chat(simulator(), { model: 'reasoner-mini', messages: userSays('hi') })).json()) as Body;
    expect(body.choices[0]?.message.reasoning_content).toContain('"hi"');
  });

  it('uses queued steps first, in order, then the default reply', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'first' }, { text: 'second' });
    const texts = [];
    for (let turn = 0; turn < 3; turn += 1) {
      const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).json()) as Body;
      texts.push(body.choices[0]?.message.content);
    }
    expect(texts).toEqual(['first', 'second', 'You said: q']);
  });

  it('keeps one model queue apart from another', async () => {
    simulator().enqueue('claude-3-5-haiku', { text: 'for claude' });
    const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).json()) as Body;
    expect(body.choices[0]?.message.content).toBe('You said: q');
  });

  it('sends scripted tool calls, finish reason, usage and headers', async () => {
    simulator().enqueue('gpt-4o-mini', {
      toolCalls: [{ name: 'lookup', arguments: { q: 1 }, id: 'fixed' }],
      finishReason: 'tool_calls',
      usage: { prompt_tokens: 10, completion_tokens: 5 },
      headers: { 'x-extra': 'yes' },
    });
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') });
    const body = (await response.json()) as Body;
    expect(response.headers.get('x-extra')).toBe('yes');
    expect(body.choices[0]?.message.tool_calls?.[0]).toMatchObject({ id: 'fixed', function: { name: 'lookup', arguments: '{"q":1}' } });
    expect(body.usage).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
  });

  it('leaves usage out when the script says null', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'x', usage: null });
    const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).json()) as Body;
    expect('usage' in body).toBe(false);
  });

  it('records the chat request with its headers', async () => {
    await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q'), metadata: { run: 'a' }, reasoning_effort: 'low' }, { 'x-trace': 't1' });
    expect(simulator().chatRequests[0]).toMatchObject({ model: 'gpt-4o-mini', metadata: { run: 'a' }, reasoning_effort: 'low', headers: { 'x-trace': 't1' } });
  });

  it('answers a scripted status after its delay', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'status', status: 503, delayMs: 60 });
    const started = performance.now();
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') });
    expect(response.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('answers the log probabilities of its tokens when asked', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'Hi there' });
    const response = await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q'), logprobs: true, top_logprobs: 1 });
    const body = (await response.json()) as { choices: { logprobs: unknown }[] };
    expect(body.choices[0]?.logprobs).toEqual({
      content: [
        { token: 'Hi t', logprob: -0.1, top_logprobs: [{ token: 'Hi t', logprob: -0.1 }] },
        { token: 'here', logprob: -0.2, top_logprobs: [{ token: 'here', logprob: -0.2 }] },
      ],
    });
  });

  it('records the end user and JSON metadata with its tags as sent', async () => {
    const metadata = { tags: ['team:a'], tenant: { id: 7, beta: true } };
    await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q'), user: 'u-42', metadata });
    expect(simulator().chatRequests[0]).toMatchObject({ user: 'u-42', metadata });
  });

  it('answers the cache and reasoning counts a script gives, in both of LiteLLM\'s places', async () => {
    const usage = {
      prompt_tokens_details: { cached_tokens: 40, cache_creation_tokens: 12 },
      cache_read_input_tokens: 40,
      cache_creation_input_tokens: 12,
      completion_tokens_details: { reasoning_tokens: 3 },
    };
    simulator().enqueue('gpt-4o-mini', { text: 'x', usage });
    const body = (await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).json()) as { usage: Record<string, unknown> };
    expect(body.usage).toMatchObject(usage);
  });
});

describe('chat completions of models with reply functions', () => {
  const simulator = useSimulator();

  it('asks a reply function with the recorded request', async () => {
    simulator().setModels([{ id: 'fn', reply: (request) => ({ text: `temp ${request.temperature}` }) }]);
    const body = (await (await chat(simulator(), { model: 'fn', messages: userSays('q'), temperature: 0.3 })).json()) as Body;
    expect(body.choices[0]?.message.content).toBe('temp 0.3');
  });

  it('answers 500 without crashing when a reply function throws', async () => {
    simulator().setModels([
      {
        id: 'broken',
        reply: () => {
          throw new Error('script bug');
        },
      },
    ]);
    const response = await chat(simulator(), { model: 'broken', messages: userSays('q') });
    expect(response.status).toBe(500);
    expect(((await response.json()) as ErrorBody).error.message).toContain('script bug');
    expect((await chat(simulator(), { model: 'broken', messages: userSays('q') })).status).toBe(500);
  });
});
