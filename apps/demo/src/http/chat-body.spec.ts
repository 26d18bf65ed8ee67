import { type ToolDefinition } from '@modelgate/provider-contracts';
import { LIMITS } from '../shared/api-contract';
import { checkChatBody, toChatRequest } from './chat-body';

const calculator: ToolDefinition = { name: 'calculator', parameters: { type: 'object' } };
const offered = new Map([['calculator', calculator]]);
const valid = { model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'What is 12 * 7?' }] };

function rejection(body: unknown): string {
  const check = checkChatBody(body, offered);
  if (check.ok) throw new Error('expected a rejection');
  return check.message;
}

describe('checkChatBody', () => {
  it('accepts a minimal body', () => {
    expect(checkChatBody(valid, offered)).toEqual({ ok: true, body: valid });
  });

  it.each(['baseUrl', 'base_url', 'apiKey', 'api_key', 'headers', 'extraHeaders', 'proxy'])(
    'refuses a client-supplied %s, saying the server decides',
    (field) => {
      expect(rejection({ ...valid, [field]: 'http://169.254.169.254/' })).toBe(
        `Field "${field}" is not accepted: the server alone decides which proxy, key and headers are used`,
      );
    },
  );

  it('refuses unknown fields at any depth', () => {
    expect(rejection({ ...valid, n: 2 })).toMatch(/^Invalid request body: \(body\): Unrecognized key/);
    expect(rejection({ ...valid, messages: [{ role: 'user', content: 'x', name: 'bob' }] })).toMatch(/messages\.0: Unrecognized key/);
  });

  it('refuses tool turns, and attachments by URL, naming the part at fault', () => {
    expect(rejection({ ...valid, messages: [{ role: 'tool', toolCallId: 'x', content: '1' }] })).toMatch(/messages\.0/);
    const byUrl = { type: 'image', source: { kind: 'url', url: 'https://example.com/a.png' } };
    expect(rejection({ ...valid, messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, byUrl] }] })).toMatch(/messages\.0\.content\.1\.source/);
  });

  it('takes a conversation with text parts, an image and a reasoning effort', () => {
    const image = { type: 'image', source: { kind: 'base64', mediaType: 'image/png', data: 'iVBORw0KGgo=' } };
    const messages = [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'user', content: [{ type: 'text', text: 'and this?' }, image] },
    ];
    expect(checkChatBody({ ...valid, messages, reasoningEffort: 'low' }, offered).ok).toBe(true);
  });

  it('holds message count, message size and model id length to the limits', () => {
    const many = Array.from({ length: LIMITS.messages + 1 }, () => ({ role: 'user', content: 'x' }));
    expect(rejection({ ...valid, messages: many })).toMatch(/messages: Too big/);
    expect(rejection({ ...valid, messages: [{ role: 'user', content: 'x'.repeat(LIMITS.messageChars + 1) }] })).toMatch(/Too big/);
    expect(rejection({ ...valid, model: 'm'.repeat(LIMITS.modelIdChars + 1) })).toMatch(/model: Too big/);
    expect(rejection({ ...valid, messages: [] })).toMatch(/messages: Too small/);
  });

  it('refuses tools the server does not offer and names the ones it does', () => {
    expect(rejection({ ...valid, tools: ['shell'] })).toBe('Unknown tool "shell"; this server offers: calculator');
    expect(rejection({ ...valid, tools: [{ name: 'calculator', parameters: {} }] })).toMatch(/tools\.0/);
  });

  it('holds the number of tool names to the limit', () => {
    expect(rejection({ ...valid, tools: Array.from({ length: LIMITS.tools + 1 }, () => 'calculator') })).toMatch(/tools: Too big/);
  });

  it('refuses bodies that are not objects', () => {
    expect(rejection([valid])).toMatch(/\(body\): Invalid input: expected object/);
    expect(rejection(null)).toMatch(/\(body\)/);
  });

  it('keeps a hostile field name short in its answer', () => {
    expect(rejection({ ...valid, ['x'.repeat(500)]: 1 }).length).toBeLessThan(200);
  });
});

describe('attribution in the chat body', () => {
  it('takes a user, tags and flat metadata, and passes them on', () => {
    const body = { ...valid, user: 'u-42', tags: ['team:a'], metadata: { tenant: 'acme', priority: 2, beta: true, none: null } };
    const check = checkChatBody(body, offered);
    expect(check).toEqual({ ok: true, body });
    if (!check.ok) return;
    const request = toChatRequest(check.body, offered, new AbortController().signal);
    expect(request).toMatchObject({ user: 'u-42', tags: ['team:a'], metadata: body.metadata });
  });

  it('refuses nested metadata, tags inside metadata and too many entries', () => {
    expect(rejection({ ...valid, metadata: { deep: { x: 1 } } })).toMatch(/^Invalid request body: metadata.deep/);
    expect(rejection({ ...valid, metadata: { tags: 'a' } })).toBe('Invalid request body: metadata.tags: Invalid key in record');
    const many = Object.fromEntries(Array.from({ length: LIMITS.metadataEntries + 1 }, (_, i) => [`k${i}`, i]));
    expect(rejection({ ...valid, metadata: many })).toMatch(/at most 16 entries/);
  });
});

describe('toChatRequest', () => {
  it('replaces tool names with the server definitions, once each, and carries the signal', () => {
    const signal = new AbortController().signal;
    const request = toChatRequest({ ...valid, messages: [{ role: 'user', content: 'hi' }], tools: ['calculator', 'calculator'] }, offered, signal);
    expect(request).toEqual({ model: valid.model, messages: [{ role: 'user', content: 'hi' }], tools: [calculator], signal });
  });

  it('offers no tools when none were named', () => {
    const request = toChatRequest({ ...valid, messages: [{ role: 'user', content: 'hi' }], temperature: 0 }, offered, new AbortController().signal);
    expect(request).not.toHaveProperty('tools');
    expect(request.temperature).toBe(0);
  });
});
