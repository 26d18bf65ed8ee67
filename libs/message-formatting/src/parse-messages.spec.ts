import { type ChatMessage } from '@modelgate/provider-contracts';
import { createFormatContext } from './format-context';
import { parseMessages } from './parse-messages';
import { caught, modelInfo } from './test-support/fixtures';

const context = createFormatContext('openai-compatible', { model: modelInfo() });
const parse = (messages: unknown) => parseMessages(messages as ChatMessage[], context);

describe('parseMessages', () => {
  it('returns valid messages as they are', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    expect(parse(messages)).toEqual(messages);
  });

  it('refuses broken messages with a bad_request listing each issue path', () => {
    const error = caught(() => parse([{ role: 'user', content: [] }, { role: 'robot', content: 'x' }]));
    expect(error.code).toBe('bad_request');
    expect(error.model).toBe('litellm/test-model');
    expect(error.message).toMatch(/^Invalid messages: /);
    expect(error.message).toContain('messages[0].content');
    expect(error.message).toContain('messages[1].role');
  });

  it('names the field inside a content part, without echoing its value', () => {
    const data = 'not base64 SECRET-PAYLOAD';
    const error = caught(() =>
      parse([{ role: 'user', content: [{ type: 'image', source: { kind: 'base64', mediaType: 'image/png', data } }] }]),
    );
    expect(error.message).toContain('messages[0].content[0].source.data: must be base64');
    expect(error.message).not.toContain('SECRET-PAYLOAD');
  });

  it('lists at most ten issues and counts the rest', () => {
    const error = caught(() => parse(Array.from({ length: 12 }, () => ({ role: 'tool' }))));
    expect(error.message.match(/messages\[\d+\]/g)?.length).toBe(10);
    expect(error.message).toMatch(/\(and \d+ more\)$/);
  });

  it('refuses something that is not a list', () => {
    expect(caught(() => parse({ role: 'user', content: 'hi' })).message).toContain('Invalid messages: messages: ');
  });
});
