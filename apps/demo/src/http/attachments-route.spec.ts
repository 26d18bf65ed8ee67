import { defaultSimulatedModels } from '@modelgate/gateway-simulator';
import { ErrorBody, LIMITS } from '../shared/api-contract';
import { type Harness, PDF_READER_MODEL, startHarness } from '../test-support/demo-harness';

/** A 1x1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n').toString('base64');

const image = (data = PNG) => ({ type: 'image', source: { kind: 'base64', mediaType: 'image/png', data } });
const pdf = { type: 'file', mediaType: 'application/pdf', filename: 'notes.pdf', source: { kind: 'base64', mediaType: 'application/pdf', data: PDF } };
const withParts = (model: string, ...parts: unknown[]) => ({
  model,
  messages: [{ role: 'user', content: [{ type: 'text', text: 'What is in this?' }, ...parts] }],
});

describe('POST /api/providers with a conversation, attachments and reasoning effort', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  async function open(): Promise<void> {
    harness = await startHarness();
    harness.simulator.setModels([...defaultSimulatedModels(), PDF_READER_MODEL]);
  }
  const post = (payload: unknown) => harness.app.inject({ method: 'POST', url: '/api/providers', payload: payload as object });

  /** 400 for a body the API's document refuses; 422 for one it allows that the model or a limit refuses. */
  async function expectRefused(payload: unknown, message: RegExp, status: 400 | 422 = 422): Promise<void> {
    const response = await post(payload);
    expect(response.statusCode).toBe(status);
    const body = ErrorBody.parse(response.json());
    expect(body.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(message) });
    expect(harness.simulator.chatRequests).toHaveLength(0);
  }

  it('sends an image to a vision model as an image_url part', async () => {
    await open();
    const response = await post(withParts('litellm/gpt-4o-mini', image()));
    expect(response.statusCode).toBe(200);
    expect(harness.simulator.chatRequests[0]?.messages[0]?.content).toEqual([
      { type: 'text', text: 'What is in this?' },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
    ]);
  });

  it('sends a PDF to a model that reads them as a file part', async () => {
    await open();
    const response = await post(withParts('litellm/pdf-reader', pdf));
    expect(response.statusCode).toBe(200);
    expect(harness.simulator.chatRequests[0]?.messages[0]?.content).toEqual([
      { type: 'text', text: 'What is in this?' },
      { type: 'file', file: { filename: 'notes.pdf', file_data: `data:application/pdf;base64,${PDF}` } },
    ]);
  });

  it('refuses with a typed 422, before any stream starts, an image for a model that cannot see', async () => {
    await open();
    await expectRefused({ ...withParts('litellm/claude-3-5-haiku', image()), stream: true }, /^Attachment refused: litellm\/claude-3-5-haiku does not take images/);
  });

  it('refuses an image for a model whose gateway does not say, and a PDF for one that does not read them', async () => {
    await open();
    await expectRefused(withParts('litellm/reasoner-mini', image()), /reasoner-mini does not take images/);
    await expectRefused(withParts('litellm/gpt-4o-mini', pdf), /gpt-4o-mini does not take PDF files/);
  });

  it('refuses an attachment by URL, of another type, too large, or one too many', async () => {
    await open();
    await expectRefused(withParts('litellm/gpt-4o-mini', { type: 'image', source: { kind: 'url', url: 'http://169.254.169.254/x.png' } }), /source/, 400);
    await expectRefused(withParts('litellm/gpt-4o-mini', { type: 'image', source: { kind: 'base64', mediaType: 'image/svg+xml', data: PNG } }), /mediaType/, 400);
    const tooLarge = Buffer.alloc(LIMITS.attachmentBytes + 1).toString('base64');
    await expectRefused(withParts('litellm/gpt-4o-mini', image(tooLarge)), new RegExp(`decodes to more than ${LIMITS.attachmentBytes} bytes`));
    // One too many over the conversation: a limit no JSON Schema states, so 422.
    const many = Array.from({ length: LIMITS.attachments + 1 }, () => image());
    const spread = withParts('litellm/gpt-4o-mini', ...many.slice(0, 2));
    const later = { role: 'user', content: [{ type: 'text', text: 'And these?' }, ...many.slice(2)] };
    await expectRefused({ ...spread, messages: [...spread.messages, { role: 'assistant', content: 'Two pictures.' }, later] }, /attachments per conversation/);
    // More parts in one message than the document allows: 400, with the limit named.
    const parts = Array.from({ length: 6 }, () => ({ type: 'text', text: 'x' }));
    await expectRefused(withParts('litellm/gpt-4o-mini', ...parts), /messages\.0\.content: Too big/, 400);
  });

  it('carries the whole conversation upstream, and the reasoning effort', async () => {
    await open();
    const messages = [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'What is 12 * 7?' },
      { role: 'assistant', content: 'The result is 84.' },
      { role: 'user', content: 'And doubled?' },
    ];
    const response = await post({ model: 'litellm/reasoner-mini', messages, reasoningEffort: 'high' });
    expect(response.statusCode).toBe(200);
    const upstream = harness.simulator.chatRequests[0];
    expect(upstream?.messages.map(({ role, content }) => ({ role, content }))).toEqual(messages);
    expect(upstream?.reasoning_effort).toBe('high');
  });

  it('refuses a reasoning effort it does not know', async () => {
    await open();
    await expectRefused({ model: 'litellm/reasoner-mini', messages: [{ role: 'user', content: 'hi' }], reasoningEffort: 'extreme' }, /reasoningEffort/, 400);
  });
});
