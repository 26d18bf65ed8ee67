import { type ChatMessage, type ContentPart } from '@modelgate/provider-contracts';
import { formatMessages } from './format-messages';
import { base64File, base64Image, PDF_BASE64, PNG_BASE64, TEXT, TEXT_BASE64, TOOL_ROUND_TRIP, urlFile, urlImage } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

// The provider layer, which may import openai, checks at compile time that `OpenAICompatibleMessage` is
// assignable to openai's `ChatCompletionMessageParam`; this layer may not import openai, specs included.

const userWith = (...content: ContentPart[]): ChatMessage[] => [{ role: 'user', content }];
const format = (messages: ChatMessage[]) => formatMessages('openai-compatible', messages);

describe('formatMessages for openai-compatible', () => {
  it('keeps system messages where they are', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Now in French.' },
    ];
    expect(format(messages)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Now in French.' },
    ]);
  });

  it('sends a URL image as it is and a base64 image as a data URL, with the detail hint', () => {
    const formatted = format(userWith(
      { type: 'text', text: 'Compare' },
      urlImage('https://example.com/a.png'),
      { ...base64Image('image/png', PNG_BASE64), detail: 'low' },
    ));
    expect(formatted).toEqual([{
      role: 'user',
      content: [
        { type: 'text', text: 'Compare' },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}`, detail: 'low' } },
      ],
    }]);
  });

  it('sends a base64 PDF as file data with its filename, or a default one OpenAI requires', () => {
    const formatted = format(userWith(
      base64File('application/pdf', PDF_BASE64, 'report.pdf'),
      base64File('application/pdf', PDF_BASE64),
    ));
    expect(formatted[0]?.content).toEqual([
      { type: 'file', file: { filename: 'report.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
      { type: 'file', file: { filename: 'document.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
    ]);
  });

  it('sends a PDF URL as a file id with its media type, which LiteLLM fetches', () => {
    const formatted = format(userWith({ ...urlFile('application/pdf', 'https://example.com/r.pdf'), filename: 'r.pdf' }));
    expect(formatted[0]?.content).toEqual([
      { type: 'file', file: { file_id: 'https://example.com/r.pdf', format: 'application/pdf', filename: 'r.pdf' } },
    ]);
  });

  it('sends a base64 text file as its text, and a text file URL as a file id', () => {
    const formatted = format(userWith(
      base64File('text/plain', TEXT_BASE64),
      urlFile('text/plain', 'https://example.com/notes.txt'),
    ));
    expect(formatted[0]?.content).toEqual([
      { type: 'text', text: TEXT },
      { type: 'file', file: { file_id: 'https://example.com/notes.txt', format: 'text/plain' } },
    ]);
  });

  it('replays a tool round trip with tool_calls and tool_call_id', () => {
    expect(format(TOOL_ROUND_TRIP).slice(2)).toEqual([
      {
        role: 'assistant',
        content: '',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '18 C' },
      { role: 'tool', tool_call_id: 'call_2', content: '14:00' },
      { role: 'assistant', content: 'Paris: 18 C. Rome: 14:00.' },
    ]);
  });

  it('keeps assistant text parts and a null content', () => {
    const messages: ChatMessage[] = [
      { role: 'assistant', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
      { role: 'assistant', content: null },
    ];
    expect(format(messages)).toEqual([
      { role: 'assistant', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
      { role: 'assistant', content: null },
    ]);
  });

  it('refuses an image type OpenAI does not take, naming the part', () => {
    const messages = userWith({ type: 'text', text: 'x' }, base64Image('image/bmp', 'Qk0='));
    const error = thrown(() => format(messages));
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^messages\[0\]\.content\[1\]: image\/bmp images are not supported for openai-compatible/);
  });

  it('refuses a file type other than PDF and plain text', () => {
    const messages = userWith(base64File('text/csv', 'YSxi'));
    expect(thrown(() => format(messages)).message).toContain('text/csv files are not supported for openai-compatible');
  });

  it('refuses an image for a model without vision', () => {
    const messages = userWith(urlImage('https://example.com/a.png'));
    const error = thrown(() => formatMessages('openai-compatible', messages, { model: modelInfo('litellm', 'test-model', { capabilities: { vision: false } }) }));
    expect(error.message).toContain('messages[0].content[0]: model litellm/test-model does not accept images');
  });
});
