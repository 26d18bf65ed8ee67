import { mkdir } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { type BuiltDemo, buildDemo } from '../test-support/built-demo';
import { type Browser, launchChromium } from '../test-support/chromium';
import { type Harness, type HarnessOptions, VLLM_MODELS, closedPortUrl, startHarness } from '../test-support/demo-harness';

const SCREENSHOTS = resolve(__dirname, '../../screenshots');
const STORY = 'Seven twelves make eighty-four, so the answer is 84. '.repeat(6).trim();

/** The built page in Debian's headless Chromium, served by the demo server in front of a simulator. */
describe('the demo page', () => {
  let built: BuiltDemo;
  let browser: Browser;
  let harness: Harness;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    [built, browser] = await Promise.all([buildDemo(), launchChromium()]);
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await built?.remove();
  });

  /** The demo server on a loopback port, and the page opened from it. */
  async function openPage(options: HarnessOptions = {}): Promise<void> {
    harness = await startHarness({ webRoot: built.webRoot, ...options });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    page = await browser.context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The token test provokes a 401 on purpose; Chromium logs every failed request as an error.
      if (message.type() === 'error' && !message.text().includes('401')) pageErrors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}/`);
  }

  beforeEach(() => openPage());
  afterEach(async () => {
    await page.close();
    await harness.close();
  });

  const byTestId = (id: string) => page.getByTestId(id);
  /** The status line of one provider, e.g. `providerStatus('vllm')`. */
  const providerStatus = (provider: string) => page.locator(`[data-testid="provider-status"][data-provider="${provider}"]`);
  const waitForStatus = (provider: string, status: string) => providerStatus(provider).and(page.locator(`[data-status="${status}"]`)).waitFor();
  const groups = () =>
    byTestId('model-select')
      .locator('optgroup')
      .evaluateAll((elements) =>
        elements.map((group) => [(group as HTMLOptGroupElement).label, [...(group as HTMLOptGroupElement).children].map((o) => (o as HTMLOptionElement).value)]),
      );

  it('loads and lists the models the proxy serves', async () => {
    await waitForStatus('litellm', 'ready');
    expect(await providerStatus('litellm').textContent()).toBe('LiteLLM: 3 models available');
    expect(await groups()).toEqual([['LiteLLM', ['litellm/gpt-4o-mini', 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini']]]);
    expect(await byTestId('model-select').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([
      'litellm/gpt-4o-mini',
      'litellm/claude-3-5-haiku',
      'litellm/reasoner-mini',
    ]);
    expect(await byTestId('model-select').inputValue()).toBe('litellm/gpt-4o-mini');
    expect(await page.getByLabel('Prompt').inputValue()).toBe('What is 12 * 7?');
    await page.screenshot({ path: join(SCREENSHOTS, 'models.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('streams an answer that grows as it arrives, with the tool call and its result, then usage, cost and timing', async () => {
    harness.simulator.enqueue(
      'gpt-4o-mini',
      { toolCalls: [{ name: 'calculator', arguments: { expression: '12 * 7' } }] },
      { text: STORY, chunkSize: 6, chunkDelayMs: 40 },
    );
    await byTestId('send-button').and(page.locator(':enabled')).waitFor();
    await byTestId('send-button').click();

    const lengths = new Set<number>();
    for (;;) {
      const length = (await byTestId('answer-text').allTextContents()).join('').length;
      lengths.add(length);
      if (length === STORY.length || !(await byTestId('summary').isHidden())) break;
    }
    const partial = [...lengths].filter((length) => length > 0 && length < STORY.length);
    expect(partial.length).toBeGreaterThanOrEqual(2);

    await byTestId('summary').waitFor();
    expect((await byTestId('answer-text').allTextContents()).join('')).toBe(STORY);
    const tool = byTestId('tool-call');
    expect(await tool.getAttribute('data-tool')).toBe('calculator');
    expect(await tool.locator('code').textContent()).toBe('{"expression":"12 * 7"}');
    expect(await tool.getByTestId('tool-result').textContent()).toBe('84');
    expect(await byTestId('usage').textContent()).toMatch(/^\d+ in \+ \d+ out = \d+ tokens$/);
    expect(await byTestId('cost').textContent()).toMatch(/^\$0\.\d+ \(from the price table\)$/);
    expect(await byTestId('timing').textContent()).toMatch(/total, first token .*, 2 turns$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'answer.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('says the proxy is down, distinct from having no models, when the upstream is closed', async () => {
    await waitForStatus('litellm', 'ready');
    await harness.simulator.close();
    await byTestId('refresh-models').click();
    await waitForStatus('litellm', 'unreachable');
    expect(await providerStatus('litellm').getAttribute('data-tone')).toBe('error');
    expect(await providerStatus('litellm').textContent()).toMatch(/^LiteLLM is unreachable: Cannot connect/);
    await page.screenshot({ path: join(SCREENSHOTS, 'proxy-down.png'), fullPage: true });
  });

  it('says so when the proxy is up but serves no chat models', async () => {
    harness.simulator.setModels([{ id: 'openai/*' }]);
    await byTestId('refresh-models').click();
    await waitForStatus('litellm', 'empty');
    expect(await providerStatus('litellm').textContent()).toBe('LiteLLM is up but serves no chat models.');
  });

  it('shows a failed chat as a typed error', async () => {
    harness.simulator.enqueue('gpt-4o-mini', { fault: 'budget-exceeded' });
    await byTestId('send-button').and(page.locator(':enabled')).waitFor();
    await byTestId('send-button').click();
    await byTestId('chat-error').waitFor();
    expect(await byTestId('chat-error').textContent()).toMatch(/^budget_exceeded: /);
    expect(await byTestId('summary').isHidden()).toBe(true);
  });

  it('asks for the API token when the server wants one, then loads the models with it', async () => {
    await page.close();
    await harness.close();
    const token = 'browser-token-canary-0123456789';
    await openPage({ apiToken: token });
    await byTestId('provider-status').and(page.locator('[data-status="unauthorized"]')).waitFor();
    expect(await byTestId('provider-status').textContent()).toMatch(/^The demo server refused access: This server needs its API token/);
    expect(await byTestId('token-settings').getAttribute('open')).not.toBeNull();
    const field = page.getByLabel('Token, only when the server sets DEMO_API_TOKEN');
    await field.fill(token);
    // Leaving the field commits it (a change event), which reloads the models with the token.
    await field.press('Tab');
    await waitForStatus('litellm', 'ready');
    expect(pageErrors).toEqual([]);
  });

  describe('with LiteLLM and vLLM', () => {
    const LLAMA = `vllm/${VLLM_MODELS[0]!.id}`;

    /** Reopens the page on a server with both providers. */
    async function openWithVllm(vllm: NonNullable<HarnessOptions['vllm']>): Promise<void> {
      await page.close();
      await harness.close();
      await openPage({ vllm });
    }

    it('groups the models by provider in the selector, and chats with a vLLM model that calls a tool', async () => {
      await openWithVllm({});
      await Promise.all([waitForStatus('litellm', 'ready'), waitForStatus('vllm', 'ready')]);
      expect(await groups()).toEqual([
        ['LiteLLM', ['litellm/gpt-4o-mini', 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini']],
        ['vLLM', [LLAMA, 'vllm/Qwen/Qwen2.5-7B-Instruct']],
      ]);
      expect(await byTestId('models-status').locator('[data-testid="provider-status"]').allTextContents()).toEqual([
        'LiteLLM: 3 models available',
        'vLLM: 2 models available',
      ]);
      // Whichever provider answers first, the first model that calls tools is selected until the user picks one.
      expect(await byTestId('model-select').inputValue()).toBe('litellm/gpt-4o-mini');

      await byTestId('model-select').selectOption(LLAMA);
      await byTestId('send-button').click();
      await byTestId('summary').waitFor();
      expect((await byTestId('answer-text').allTextContents()).join('')).toBe('The result is 84.');
      expect(await byTestId('tool-call').getByTestId('tool-result').textContent()).toBe('84');
      expect(await byTestId('cost').textContent()).toBe('unknown');
      expect(harness.vllm?.chatRequests.map((request) => request.model)).toEqual([VLLM_MODELS[0]!.id, VLLM_MODELS[0]!.id]);
      expect(harness.simulator.chatRequests).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'providers.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    });

    it("shows vLLM down on its own line while LiteLLM's models stay selectable", async () => {
      await openWithVllm({ baseUrl: await closedPortUrl() });
      await Promise.all([waitForStatus('litellm', 'ready'), waitForStatus('vllm', 'unreachable')]);
      expect(await providerStatus('vllm').textContent()).toMatch(/^vLLM is unreachable: Cannot connect/);
      expect(await providerStatus('vllm').getAttribute('data-tone')).toBe('error');
      expect((await groups()).map(([label]) => label)).toEqual(['LiteLLM']);
      expect(await byTestId('send-button').isEnabled()).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'vllm-down.png'), fullPage: true });
    });
  });
});
