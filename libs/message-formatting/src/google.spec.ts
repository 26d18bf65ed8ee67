import { type ChatMessage, type ContentPart } from '@modelgate/provider-contracts';
import { formatMessages } from './format-messages';
import {
  base64File,
  base64Image,
  caught,
  PDF_BASE64,
  PNG_BASE64,
  TEXT_BASE64,
  TOOL_ROUND_TRIP,
  urlFile,
  urlImage,
} from './test-support/fixtures';

const format = (messages: ChatMessage[]) => formatMessages('google', messages);
const partsOf = (...content: ContentPart[]) => format([{ role: 'user', content }]).contents[0]?.parts;

describe('formatMessages for google', () => {
  it('lifts system messages into systemInstruction, one part each', () => {
    const formatted = format([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Now in French.' },
    ]);
    expect(formatted).toEqual({
      systemInstruction: { parts: [{ text: 'Be brief.' }, { text: 'Now in French.' }] },
      contents: [{ role: 'user', parts: [{ text: 'Hi' }] }],
    });
  });

  it('leaves systemInstruction out when there is none', () => {
    expect(format([{ role: 'user', content: 'Hi' }])).toEqual({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] });
  });

  it('sends base64 attachments as inline data and URLs as file data, with their media types', () => {
    expect(partsOf(
      { type: 'text', text: 'Read these' },
      base64Image('image/png', PNG_BASE64),
      urlImage('https://example.com/photo.jpeg'),
      base64File('application/pdf', PDF_BASE64),
      urlFile('application/pdf', 'https://example.com/r.pdf'),
      base64File('text/plain', TEXT_BASE64),
    )).toEqual([
      { text: 'Read these' },
      { inlineData: { mimeType: 'image/png', data: PNG_BASE64 } },
      { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.com/photo.jpeg' } },
      { inlineData: { mimeType: 'application/pdf', data: PDF_BASE64 } },
      { fileData: { mimeType: 'application/pdf', fileUri: 'https://example.com/r.pdf' } },
      { inlineData: { mimeType: 'text/plain', data: TEXT_BASE64 } },
    ]);
  });

  it('refuses an image URL whose media type its address does not tell', () => {
    const error = caught(() => partsOf({ type: 'text', text: 'x' }, urlImage('https://example.com/render?id=7')));
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^messages\[0\]\.content\[1\]: google needs the image's media type/);
  });

  it('refuses GIF images, which Gemini does not read', () => {
    expect(caught(() => partsOf(base64Image('image/gif', 'R0lGODdh'))).message)
      .toContain('image/gif images are not supported for google');
  });

  it('replays a tool round trip: model function calls, then named function responses in one user turn', () => {
    expect(format(TOOL_ROUND_TRIP).contents).toEqual([
      { role: 'user', parts: [{ text: 'Weather in Paris, time in Rome?' }] },
      {
        role: 'model',
        parts: [
          { functionCall: { name: 'get_weather', args: { city: 'Paris' } } },
          { functionCall: { name: 'get_time', args: { city: 'Rome' } } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'get_weather', response: { content: '18 C' } } },
          { functionResponse: { name: 'get_time', response: { content: '14:00' } } },
        ],
      },
      { role: 'model', parts: [{ text: 'Paris: 18 C. Rome: 14:00.' }] },
    ]);
  });

  it('leaves out an assistant message with neither text nor tool calls', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'a' },
      { role: 'assistant', content: null },
      { role: 'user', content: 'b' },
    ];
    expect(format(messages).contents).toEqual([{ role: 'user', parts: [{ text: 'a' }, { text: 'b' }] }]);
  });
});
