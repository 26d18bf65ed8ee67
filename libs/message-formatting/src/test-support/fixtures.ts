import {
  type ChatMessage,
  type FilePart,
  type ImagePart,
} from '@modelgate/provider-contracts';

/** A 1x1 PNG. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** `%PDF-1.4` and a newline. */
export const PDF_BASE64 = 'JVBERi0xLjQK';
/** `grüße, 世界` in UTF-8. */
export const TEXT_BASE64 = 'Z3LDvMOfZSwg5LiW55WM';
export const TEXT = 'grüße, 世界';

/** A question, two parallel tool calls with their results, and the answer. */
export const TOOL_ROUND_TRIP: ChatMessage[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Weather in Paris, time in Rome?' },
  {
    role: 'assistant',
    content: '',
    toolCalls: [
      { id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
      { id: 'call_2', name: 'get_time', arguments: '{"city":"Rome"}' },
    ],
  },
  { role: 'tool', toolCallId: 'call_1', content: '18 C' },
  { role: 'tool', toolCallId: 'call_2', content: '14:00' },
  { role: 'assistant', content: 'Paris: 18 C. Rome: 14:00.' },
];

export const urlImage = (url: string): ImagePart => ({ type: 'image', source: { kind: 'url', url } });

export const base64Image = (mediaType: string, data: string): ImagePart => ({
  type: 'image',
  source: { kind: 'base64', mediaType, data },
});

export const urlFile = (mediaType: string, url: string): FilePart => ({ type: 'file', mediaType, source: { kind: 'url', url } });

export const base64File = (mediaType: string, data: string, filename?: string): FilePart => ({
  type: 'file',
  mediaType,
  source: { kind: 'base64', mediaType, data },
  ...(filename === undefined ? {} : { filename }),
});
