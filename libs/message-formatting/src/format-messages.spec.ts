import { type ChatMessage, ProviderFamily } from '@modelgate/provider-contracts';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from './format-context';
import { formatMessages } from './format-messages';
import { type OpenAICompatibleMessage } from './openai-compatible';
import { base64File, TOOL_ROUND_TRIP, urlImage } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

const pdfOf = (data: string): ChatMessage[] => [{ role: 'user', content: [base64File('application/pdf', data)] }];

describe('formatMessages', () => {
  it("gives the family its own typed shape", () => {
    const openai: OpenAICompatibleMessage[] = formatMessages('openai-compatible', TOOL_ROUND_TRIP);
    expect(openai).toHaveLength(6);
  });

  it.each(ProviderFamily.options)('formats a tool round trip for %s, a family the contract names', (family) => {
    expect(() => formatMessages(family, TOOL_ROUND_TRIP)).not.toThrow();
  });

  it('leaves the caller messages untouched', () => {
    const messages = structuredClone(TOOL_ROUND_TRIP);
    formatMessages('openai-compatible', messages);
    expect(messages).toEqual(TOOL_ROUND_TRIP);
  });

  it.each(ProviderFamily.options)('refuses an orphaned tool result for %s', (family) => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'Hi' }, { role: 'tool', toolCallId: 'call_1', content: 'x' }];
    const error = thrown(() => formatMessages(family, messages));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('messages[1]: the tool result answers no earlier assistant tool call');
  });

  it('puts the provider and model on its errors', () => {
    const image: ChatMessage[] = [{ role: 'user', content: [urlImage('https://example.com/a.png')] }];
    const error = thrown(() => formatMessages('openai-compatible', image, { model: modelInfo('litellm', 'test-model', { capabilities: { vision: false } }), provider: 'gateway-b' }));
    expect(error).toMatchObject({ code: 'bad_request', provider: 'gateway-b', model: 'litellm/test-model' });
  });

  it('allows 20 MiB of decoded attachment by default, and not a byte more', () => {
    // 4 base64 characters per 3 bytes, unpadded: these lengths decode to exactly 20 MiB and 20 MiB + 1.
    const atLimit = 'A'.repeat(Math.ceil((DEFAULT_MAX_ATTACHMENT_BYTES * 4) / 3));
    const overLimit = 'A'.repeat(Math.ceil(((DEFAULT_MAX_ATTACHMENT_BYTES + 1) * 4) / 3));
    expect(() => formatMessages('openai-compatible', pdfOf(atLimit))).not.toThrow();
    expect(thrown(() => formatMessages('openai-compatible', pdfOf(overLimit))).message).toBe(
      'messages[0].content[0]: the attachment decodes to 20971521 bytes, more than the limit of 20971520',
    );
  });

  it('takes a different attachment limit from the options', () => {
    expect(thrown(() => formatMessages('openai-compatible', pdfOf('AAAAAAAA'), { maxAttachmentBytes: 5 })).message).toContain(
      'decodes to 6 bytes, more than the limit of 5',
    );
  });
});
