import { mkdir } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { type BuiltDemo, buildDemo } from './built-demo';
import { type Browser, launchChromium } from './chromium';
import { type Harness, type HarnessOptions, startHarness } from './demo-harness';

const SCREENSHOTS = resolve(__dirname, '../../screenshots');

export interface PageFixture {
  readonly page: Page;
  readonly harness: Harness;
  /** Uncaught errors and console errors of the page since it was opened. */
  readonly pageErrors: string[];
  /** Closes the page and its server, then opens both again with these options. */
  reopen(options: HarnessOptions): Promise<void>;
  byTestId(id: string): Locator;
  /** A full-page screenshot into apps/demo/screenshots/ (ignored by git). */
  screenshot(name: string): Promise<void>;
}

/**
 * The built page in Debian's headless Chromium, served by the demo server in front of a simulator: built and
 * launched once per file, a fresh server and page (and so empty local storage, per origin) for each test.
 */
export function usePageFixture(): PageFixture {
  let built: BuiltDemo;
  let browser: Browser;
  let harness: Harness;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [built, browser] = await Promise.all([buildDemo(), launchChromium()]);
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await built?.remove();
  });

  async function open(options: HarnessOptions): Promise<void> {
    harness = await startHarness({ webRoot: built.webRoot, ...options });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    page = await browser.context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // Chromium logs every failed request as an error; the tests provoke 4xx answers on purpose.
      if (message.type() === 'error' && !/the server responded with a status of 4\d\d/.test(message.text())) pageErrors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}/`);
  }
  async function close(): Promise<void> {
    await page.close();
    await harness.close();
  }

  beforeEach(() => open({}));
  afterEach(close);

  return {
    get page() {
      return page;
    },
    get harness() {
      return harness;
    },
    get pageErrors() {
      return pageErrors;
    },
    async reopen(options) {
      await close();
      await open(options);
    },
    byTestId: (id) => page.getByTestId(id),
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}
