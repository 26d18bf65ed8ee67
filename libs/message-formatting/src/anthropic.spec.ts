import { type ChatMessage, type ContentPart } from '@modelgate/provider-contracts';
import { formatMessages } from './format-messages';
import {
  base64File,
  base64Image,
  caught,
  modelInfo,
  PDF_BASE64,
  PNG_BASE64,
  TEXT,
  TEXT_BASE64,
  TOOL_ROUND_TRIP,
  urlFile,
  urlImage,
} from './test-support/fixtures';

const format = (messages: ChatMessage[]) => formatMessages('anthropic', messages);
const contentOf = (...content: ContentPart[]) => format([{ role: 'user', content }]).messages[0]?.content;

describe('formatMessages for anthropic', () => {
  it('lifts every system message into system, joined by a blank line', () => {
    const formatted = format([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Now in French.' },
    ]);
    expect(formatted).toEqual({
      system: 'Be brief.\n\nNow in French.',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
  });

  it('leaves system out when there is none', () => {
    expect(format([{ role: 'user', content: 'Hi' }])).toEqual({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] });
  });

  it('sends text and images of one user message as blocks in order', () => {
    expect(contentOf(
      { type: 'text', text: 'Compare' },
      urlImage('https://example.com/a.png'),
      base64Image('image/png', PNG_BASE64),
    )).toEqual([
      { type: 'text', text: 'Compare' },
      { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
    ]);
  });

  it('sends PDFs as document blocks, by base64 or URL, titled by their filename', () => {
    expect(contentOf(
      base64File('application/pdf', PDF_BASE64, 'r.pdf'),
      urlFile('application/pdf', 'https://example.com/r.pdf'),
    )).toEqual([
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF_BASE64 }, title: 'r.pdf' },
      { type: 'document', source: { type: 'url', url: 'https://example.com/r.pdf' } },
    ]);
  });

  it('sends a base64 text file as a text document holding the decoded text', () => {
    expect(contentOf(base64File('text/plain', TEXT_BASE64)))
      .toEqual([{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: TEXT } }]);
  });

  it('refuses a text file by URL, which Anthropic cannot fetch', () => {
    const error = caught(() => contentOf(urlFile('text/plain', 'https://example.com/a.txt')));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('messages[0].content[0]: anthropic takes text files inline only; send it as base64');
  });

  it('replays a tool round trip: tool_use with parsed input, then all results in one user turn', () => {
    expect(format(TOOL_ROUND_TRIP).messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Paris, time in Rome?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'call_2', name: 'get_time', input: { city: 'Rome' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'call_1', content: '18 C' },
          { type: 'tool_result', tool_use_id: 'call_2', content: '14:00' },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'Paris: 18 C. Rome: 14:00.' }] },
    ]);
  });

  it('puts a user message that follows tool results into the same turn, after them', () => {
    const messages: ChatMessage[] = [
      ...TOOL_ROUND_TRIP.slice(1, 4),
      { role: 'user', content: 'Also: is it raining?' },
    ];
    expect(format(messages).messages.at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'call_1', content: '18 C' },
        { type: 'text', text: 'Also: is it raining?' },
      ],
    });
  });

  it('keeps assistant text before its tool calls and sends {} for arguments that are not an object', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'Go' },
      { role: 'assistant', content: [{ type: 'text', text: 'Checking.' }], toolCalls: [{ id: 'c', name: 'now', arguments: '' }] },
    ];
    expect(format(messages).messages[1]).toEqual({
      role: 'assistant',
      content: [{ type: 'text', text: 'Checking.' }, { type: 'tool_use', id: 'c', name: 'now', input: {} }],
    });
  });

  it('refuses an image type Anthropic does not take', () => {
    expect(caught(() => contentOf(urlImage('https://example.com/a.svg'))).message)
      .toContain('image/svg+xml images are not supported for anthropic');
  });

  it('refuses a PDF for a model without PDF input', () => {
    const messages: ChatMessage[] = [{
      role: 'user',
      content: [urlFile('application/pdf', 'https://example.com/r.pdf')],
    }];
    const error = caught(() => formatMessages('anthropic', messages, { model: modelInfo({ pdf: false }) }));
    expect(error.message).toContain('messages[0].content[0]: model litellm/test-model does not accept PDF files');
  });
});
