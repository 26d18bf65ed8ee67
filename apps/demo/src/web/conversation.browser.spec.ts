import { type Page } from 'playwright-core';
import { Transcript } from './transcript';
import { seriousAxeViolations } from '../test-support/axe';
import { defaultSimulatedModels } from '@modelgate/gateway-simulator';
import { PDF_READER_MODEL, eventually } from '../test-support/demo-harness';
import { usePageFixture } from '../test-support/page-fixture';

const STORY = 'Seven twelves make eighty-four, so the answer is 84. '.repeat(6).trim();
const PICTURE_ANSWER = 'A yellow sun over a green hill, under a blue sky.';

/** A PNG drawn in the page (a sun over a hill), as the bytes a file picker would hand over. */
async function drawPng(page: Page, width = 160, height = 110): Promise<Buffer> {
  const base64 = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#7cc4f5';
      context.fillRect(0, 0, w, h);
      context.fillStyle = '#f7c52b';
      context.beginPath();
      context.arc(w * 0.7, h * 0.3, h * 0.16, 0, Math.PI * 2);
      context.fill();
      context.fillStyle = '#3d9a4a';
      context.beginPath();
      context.ellipse(w * 0.4, h * 1.05, w * 0.7, h * 0.45, 0, 0, Math.PI * 2);
      context.fill();
      return canvas.toDataURL('image/png').split(',')[1]!;
    },
    [width, height] as const,
  );
  return Buffer.from(base64, 'base64');
}

/** Hands files to the page as a paste into the prompt or a drop on the form would. */
interface Delivery {
  how: 'paste' | 'drop';
  files: { name: string; type: string; base64: string }[];
}

/** Pastes into the prompt or drops on the form, each delivery dispatched in the same task as the one before. */
async function deliverAtOnce(page: Page, deliveries: Delivery[]): Promise<void> {
  await page.evaluate((all) => {
    for (const { how, files } of all) {
      const transfer = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const target = document.querySelector(how === 'paste' ? '[data-testid="prompt-input"]' : '[data-testid="chat-form"]')!;
      const event =
        how === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
          : new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
    }
  }, deliveries);
}

const deliverFiles = (page: Page, how: Delivery['how'], files: Delivery['files']) => deliverAtOnce(page, [{ how, files }]);

describe('the conversation on the demo page', () => {
  const fixture = usePageFixture();
  const byTestId = (id: string) => fixture.byTestId(id);
  const turns = () => byTestId('turn');
  const lastTurn = () => turns().last();
  const ready = () => byTestId('send-button').and(fixture.page.locator(':enabled')).waitFor();
  async function say(text: string): Promise<void> {
    await ready();
    await byTestId('prompt-input').fill(text);
    await byTestId('send-button').click();
  }
  const settled = (count: number) => fixture.page.locator(`[data-testid="turn"]:nth-child(${count}):not([data-status="streaming"])`).waitFor();
  const stored = () => fixture.page.evaluate(() => localStorage.getItem('modelgate-demo.transcript'));

  it('holds a two-turn conversation with a tool call and an image, the second request carrying the first turn', async () => {
    const { simulator } = fixture.harness;
    await byTestId('system-settings').locator('summary').click();
    await byTestId('system-input').fill('Answer in one sentence.');
    await byTestId('system-input').press('Tab');
    await say('What is 12 * 7?');
    await settled(1);
    expect(await lastTurn().getByTestId('tool-call').getAttribute('data-tool')).toBe('calculator');
    expect(await lastTurn().getByTestId('tool-result').textContent()).toBe('84');
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe('The result is 84.');
    expect(await lastTurn().getByTestId('usage').textContent()).toMatch(/^\d+ in \+ \d+ out = \d+ tokens$/);
    expect(await lastTurn().getByTestId('cost').textContent()).toMatch(/^\$0\.\d+ \(from the price table\)$/);
    expect(await lastTurn().getByTestId('timing').textContent()).toMatch(/total, .*2 turns$/);
    expect(await byTestId('session-total').textContent()).toMatch(/^Session: 1 turn, \d+ tokens, \$0\.\d+, /);

    simulator.enqueue('gpt-4o-mini', { text: PICTURE_ANSWER });
    await byTestId('file-input').setInputFiles({ name: 'landscape.png', mimeType: 'image/png', buffer: await drawPng(fixture.page) });
    await byTestId('pending-attachment').waitFor();
    expect(await byTestId('pending-attachment').textContent()).toMatch(/^landscape\.png \(\d+ (B|KB)\)/);
    await say('What is in this picture?');
    await settled(2);
    expect(await turns().count()).toBe(2);
    expect(await lastTurn().getByTestId('turn-image').getAttribute('alt')).toBe('Attached image landscape.png');
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe(PICTURE_ANSWER);
    expect(await byTestId('session-total').textContent()).toMatch(/^Session: 2 turns, \d+ tokens, \$0\.\d+, /);

    // The gateway saw three calls: the tool loop's two for the first turn, then the second turn.
    expect(simulator.chatRequests).toHaveLength(3);
    const second = simulator.chatRequests[2]!;
    const png = await fixture.page.evaluate(() => (document.querySelector('[data-testid="turn-image"]') as HTMLImageElement).src);
    expect(second.messages).toEqual([
      { role: 'system', content: 'Answer in one sentence.' },
      { role: 'user', content: 'What is 12 * 7?' },
      { role: 'assistant', content: 'The result is 84.' },
      { role: 'user', content: [{ type: 'text', text: 'What is in this picture?' }, { type: 'image_url', image_url: { url: png } }] },
    ]);
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
    await fixture.screenshot('conversation');
    await fixture.page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
    await fixture.screenshot('conversation-dark');
    expect(fixture.pageErrors).toEqual([]);
  });

  it('streams the answer into a live region that grows as it arrives', async () => {
    fixture.harness.simulator.enqueue('gpt-4o-mini', { text: STORY, chunkSize: 6, chunkDelayMs: 40 });
    await say('Tell me about 12 * 7 in words');
    const log = byTestId('transcript');
    expect(await log.getAttribute('role')).toBe('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    const lengths = new Set<number>();
    let busyWhileStreaming = false;
    for (;;) {
      const text = (await byTestId('answer-text').allTextContents()).join('');
      lengths.add(text.length);
      if (text.length > 0 && text.length < STORY.length && (await log.getAttribute('aria-busy')) === 'true') busyWhileStreaming = true;
      if (text.length === STORY.length || (await lastTurn().getAttribute('data-status')) !== 'streaming') break;
    }
    await settled(1);
    expect([...lengths].filter((length) => length > 0 && length < STORY.length).length).toBeGreaterThanOrEqual(2);
    expect(busyWhileStreaming).toBe(true);
    expect(await log.getAttribute('aria-busy')).toBe('false');
    expect((await byTestId('answer-text').allTextContents()).join('')).toBe(STORY);
  });

  it('stops mid-stream, which aborts the call upstream, and retries the stopped turn', async () => {
    const { simulator } = fixture.harness;
    simulator.enqueue('gpt-4o-mini', { text: 'a long answer '.repeat(300), chunkSize: 5, chunkDelayMs: 30 });
    await say('Tell me a long story');
    await byTestId('answer-text').waitFor();
    await byTestId('stop-button').click();
    await settled(1);
    expect(await lastTurn().getAttribute('data-status')).toBe('stopped');
    await eventually(() => simulator.aborted() === 1, 'the simulator to see the upstream call aborted');
    expect(await lastTurn().getByTestId('chat-error').textContent()).toBe('Stopped: the request to the model was cancelled. Press Retry to ask again.');

    await lastTurn().getByTestId('retry-button').click();
    await lastTurn().and(fixture.page.locator('[data-status="done"]')).waitFor();
    expect(await turns().count()).toBe(1);
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe('You said: Tell me a long story');
    // The stopped answer is no part of the history: the retry asks exactly what the first request asked.
    expect(simulator.chatRequests[1]?.messages).toEqual(simulator.chatRequests[0]?.messages);
  });

  it('says in words when to retry a rate limited turn, and what a spent budget or a refused key means', async () => {
    const { simulator } = fixture.harness;
    simulator.enqueue('gpt-4o-mini', { fault: 'rate-limit' });
    await say('hello');
    await settled(1);
    const error = lastTurn().getByTestId('chat-error');
    expect(await error.getAttribute('data-code')).toBe('rate_limited');
    expect(await error.textContent()).toBe(
      'The gateway is rate limiting this model. Its limits count requests and tokens per minute: press Retry in about a minute.',
    );
    await lastTurn().getByTestId('retry-button').click();
    await lastTurn().and(fixture.page.locator('[data-status="done"]')).waitFor();

    simulator.enqueue('gpt-4o-mini', { fault: 'budget-exceeded' });
    await say('and again');
    await settled(2);
    expect(await lastTurn().getByTestId('chat-error').textContent()).toMatch(/^The gateway's spending budget for this key is used up\./);
    simulator.enqueue('gpt-4o-mini', { fault: 'unauthorized' });
    await say('once more');
    await settled(3);
    expect(await lastTurn().getByTestId('chat-error').textContent()).toMatch(/^The gateway refused the demo server's key\./);
    const shown = await byTestId('transcript').textContent();
    // Never the gateway's own body: its words, figures, key hash and table names stay out of the page.
    expect(shown).not.toMatch(/Budget has been exceeded|Current cost|Max budget|VerificationToken|sk-|litellm\.|RateLimitError|\{"error"/);
    expect(await lastTurn().getByTestId('summary').count()).toBe(0);
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
  });

  it('keeps the transcript across a reload, exports it as JSON, and starts a new chat without it', async () => {
    const { simulator } = fixture.harness;
    await say('What is 12 * 7?');
    await settled(1);
    const total = await byTestId('session-total').textContent();
    await fixture.page.reload();
    await settled(1);
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe('The result is 84.');
    expect(await byTestId('session-total').textContent()).toBe(total);

    const [download] = await Promise.all([fixture.page.waitForEvent('download'), byTestId('export-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^modelgate-chat-.*\.json$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const exported = Transcript.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    expect(exported.turns.map((turn) => [turn.prompt, turn.status, turn.answer.result?.content])).toEqual([['What is 12 * 7?', 'done', 'The result is 84.']]);
    expect(exported.turns[0]?.answer.blocks.map((block) => block.kind)).toEqual(['tool', 'text']);

    await byTestId('new-chat-button').click();
    expect(await turns().count()).toBe(0);
    expect(await byTestId('session-total').textContent()).toBe('Session: nothing spent yet.');
    expect(await stored()).toBeNull();
    await say('hello again');
    await settled(1);
    expect(simulator.chatRequests.at(-1)?.messages.filter((message) => message.role !== 'system')).toEqual([{ role: 'user', content: 'hello again' }]);
  });

  it('takes an image pasted or dropped, and refuses in words a file the model cannot take, too large or of another type', async () => {
    await ready();
    const png = (await drawPng(fixture.page, 24, 24)).toString('base64');
    // The drop comes while the pasted file is still being read: both are kept, in the order they came.
    await deliverAtOnce(fixture.page, [
      { how: 'paste', files: [{ name: 'pasted.png', type: 'image/png', base64: png }] },
      { how: 'drop', files: [{ name: 'dropped.png', type: 'image/png', base64: png }] },
    ]);
    await byTestId('pending-attachment').nth(1).waitFor();
    expect(await byTestId('pending-attachment').allTextContents()).toEqual([expect.stringMatching(/^pasted\.png/), expect.stringMatching(/^dropped\.png/)]);
    const notice = byTestId('attachment-notice');
    await deliverFiles(fixture.page, 'drop', [{ name: 'notes.pdf', type: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') }]);
    expect(await notice.textContent()).toBe('notes.pdf refused: litellm/gpt-4o-mini does not take PDF files: its gateway does not say it reads them.');
    expect(await notice.getAttribute('data-tone')).toBe('refused');
    await byTestId('file-input').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024 + 1) });
    expect(await notice.textContent()).toBe('big.png is 1.0 MiB, more than the limit of 1.0 MiB.');
    await byTestId('file-input').setInputFiles({ name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    expect(await notice.textContent()).toMatch(/^drawing\.svg: image\/svg\+xml is not taken/);
    expect(await byTestId('attachment-limits').textContent()).toBe(
      'PNG, JPEG, GIF or WebP images for vision models, PDF files for models that read them; up to 1 MiB each, 4 per conversation.',
    );

    // Switching to a model that cannot see keeps the images, and the page refuses to send them to it.
    await byTestId('model-select').selectOption('litellm/claude-3-5-haiku');
    await byTestId('send-button').click();
    expect(await notice.textContent()).toBe(
      'pasted.png: litellm/claude-3-5-haiku does not take images: its gateway does not list vision among its capabilities. Remove it, start a new chat, or pick another model.',
    );
    expect(fixture.harness.simulator.chatRequests).toHaveLength(0);
    await fixture.page.getByRole('button', { name: 'Remove pasted.png' }).click();
    await fixture.page.getByRole('button', { name: 'Remove dropped.png' }).click();
    expect(await byTestId('pending-attachment').count()).toBe(0);
    await deliverFiles(fixture.page, 'paste', [{ name: 'again.png', type: 'image/png', base64: png }]);
    expect(await notice.textContent()).toBe('again.png refused: litellm/claude-3-5-haiku does not take images: its gateway does not list vision among its capabilities.');
    expect(fixture.pageErrors).toEqual([]);
  });

  it('sends a PDF file to a model whose capabilities say it reads them', async () => {
    await fixture.reopen({ simulator: { models: [...defaultSimulatedModels(), PDF_READER_MODEL] } });
    await ready();
    await byTestId('model-select').selectOption('litellm/pdf-reader');
    expect(await byTestId('attachment-notice').textContent()).toBe('litellm/pdf-reader takes PDF files.');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await byTestId('file-input').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: pdf });
    await byTestId('pending-attachment').waitFor();
    await byTestId('tools-toggle').uncheck();
    await say('Summarise this file');
    await settled(1);
    expect(await lastTurn().getByTestId('turn-file').textContent()).toBe('PDF notes.pdf, 50 B');
    expect(fixture.harness.simulator.chatRequests[0]?.messages.at(-1)?.content).toEqual([
      { type: 'text', text: 'Summarise this file' },
      { type: 'file', file: { filename: 'notes.pdf', file_data: `data:application/pdf;base64,${pdf.toString('base64')}` } },
    ]);
  });

  it('shows the reasoning apart and collapsed, with its tokens, and sends the chosen reasoning effort', async () => {
    await ready();
    await byTestId('model-select').selectOption('litellm/reasoner-mini');
    await byTestId('reasoning-effort').selectOption('high');
    await say('Why is the sky blue?');
    await settled(1);
    expect(fixture.harness.simulator.chatRequests[0]?.reasoning_effort).toBe('high');
    const reasoning = lastTurn().getByTestId('answer-reasoning');
    expect(await reasoning.getAttribute('open')).toBeNull();
    expect(await reasoning.locator('summary').textContent()).toMatch(/^Reasoning \(\d+ reasoning tokens\)$/);
    expect(await reasoning.locator('.text').isVisible()).toBe(false);
    await reasoning.locator('summary').focus();
    await fixture.page.keyboard.press('Enter');
    expect(await reasoning.locator('.text').textContent()).toBe('The user wrote "Why is the sky blue?". I answer directly and briefly.');
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe('You said: Why is the sky blue?');
    expect(await lastTurn().getByTestId('usage').textContent()).toMatch(/, \d+ of them reasoning$/);
    expect(await lastTurn().locator('.who').last().textContent()).toBe('litellm/reasoner-mini, high reasoning effort');
  });

  it("shows a call's warnings in its summary, and no warnings line without them", async () => {
    fixture.harness.simulator.enqueue('gpt-4o-mini', { text: 'Cut short.', finishReason: 'content_filter_v9' });
    await byTestId('tools-toggle').uncheck();
    await say('hi');
    await settled(1);
    expect(await lastTurn().getByTestId('warnings').textContent()).toContain('content_filter_v9');
    await say('hi again');
    await settled(2);
    expect(await lastTurn().getByTestId('warnings').count()).toBe(0);
  });

  it('works from the keyboard alone, with the focus always visible', async () => {
    await ready();
    const outlines: string[] = [];
    const focusedId = () =>
      fixture.page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        return focused?.dataset['testid'] ?? focused?.tagName.toLowerCase() ?? '';
      });
    // Tab from the top of the page to the prompt, noting how each stop shows its focus.
    for (let stops = 0; stops < 20 && (await focusedId()) !== 'prompt-input'; stops += 1) {
      await fixture.page.keyboard.press('Tab');
      outlines.push(await fixture.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle));
    }
    expect(await focusedId()).toBe('prompt-input');
    expect(outlines.length).toBeGreaterThanOrEqual(5);
    expect(outlines.filter((style) => style === 'none')).toEqual([]);
    await fixture.page.keyboard.press('Control+a');
    await fixture.page.keyboard.type('What is 6 * 7?');
    await fixture.page.keyboard.press('Control+Enter');
    await settled(1);
    expect(await lastTurn().getByTestId('answer-text').textContent()).toBe('The result is 42.');
    expect(await focusedId()).toBe('prompt-input');
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
  });
});
