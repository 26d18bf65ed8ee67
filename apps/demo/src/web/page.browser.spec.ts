import { seriousAxeViolations } from '../test-support/axe';
import { VLLM_MODELS, closedPortUrl } from '../test-support/demo-harness';
import { usePageFixture } from '../test-support/page-fixture';

/** The model selector and the providers' status lines; the conversation has its own spec. */
describe('the demo page', () => {
  const fixture = usePageFixture();
  const byTestId = (id: string) => fixture.byTestId(id);
  /** The status line of one provider, e.g. `providerStatus('vllm')`. */
  const providerStatus = (provider: string) => fixture.page.locator(`[data-testid="provider-status"][data-provider="${provider}"]`);
  const waitForStatus = (provider: string, status: string) => providerStatus(provider).and(fixture.page.locator(`[data-status="${status}"]`)).waitFor();
  const groups = () =>
    byTestId('model-select')
      .locator('optgroup')
      .evaluateAll((elements) =>
        elements.map((group) => [(group as HTMLOptGroupElement).label, [...(group as HTMLOptGroupElement).children].map((o) => (o as HTMLOptionElement).value)]),
      );
  const badges = () =>
    byTestId('capability').evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset['capability']}=${(item as HTMLElement).dataset['state']}`));

  it('lists the chat models the proxy serves with their mode, and the selected one\'s capability badges, context window, prices and mode', async () => {
    await waitForStatus('litellm', 'ready');
    expect(await providerStatus('litellm').textContent()).toBe('LiteLLM: 3 chat models, 1 embedding model available');
    expect(await groups()).toEqual([['LiteLLM', ['litellm/gpt-4o-mini', 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini']]]);
    expect(await byTestId('model-select').locator('option').first().textContent()).toMatch(/^litellm\/gpt-4o-mini {2}\(chat, context /);
    expect(await byTestId('model-select').inputValue()).toBe('litellm/gpt-4o-mini');
    expect(await badges()).toEqual(['tools=yes', 'vision=yes', 'json=yes', 'reasoning=unknown', 'pdf=unknown']);
    expect(await byTestId('model-context').textContent()).toBe('128,000 tokens');
    expect(await byTestId('model-price').textContent()).toBe('$0.15 in, $0.60 out per million tokens');
    expect(await byTestId('model-mode').textContent()).toBe('chat');
    expect(await byTestId('effort-field').isHidden()).toBe(true);

    await byTestId('model-select').selectOption('litellm/claude-3-5-haiku');
    expect(await badges()).toEqual(['tools=yes', 'vision=no', 'json=no', 'reasoning=unknown', 'pdf=unknown']);
    expect(await byTestId('attachment-notice').textContent()).toMatch(/claude-3-5-haiku takes no attachments/);
    await byTestId('model-select').selectOption('litellm/reasoner-mini');
    expect(await byTestId('model-price').textContent()).toBe('not reported');
    expect(await byTestId('effort-field').isVisible()).toBe(true);
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
    await fixture.screenshot('models');
    expect(fixture.pageErrors).toEqual([]);
  });

  it('explains in words that the proxy is down, distinct from having no models', async () => {
    await waitForStatus('litellm', 'ready');
    await fixture.harness.simulator.close();
    await byTestId('refresh-models').click();
    await waitForStatus('litellm', 'unreachable');
    expect(await providerStatus('litellm').getAttribute('data-tone')).toBe('error');
    expect(await providerStatus('litellm').textContent()).toMatch(
      /^LiteLLM is unreachable: Cannot connect.*Nothing answered at its address: check that it is running and that its base URL is right, then press "Reload models"\.$/,
    );
    expect(await seriousAxeViolations(fixture.page)).toEqual([]);
    await fixture.screenshot('proxy-down');
  });

  it('says so when the proxy is up but serves no chat models', async () => {
    fixture.harness.simulator.setModels([{ id: 'openai/*' }]);
    await byTestId('refresh-models').click();
    await waitForStatus('litellm', 'empty');
    expect(await providerStatus('litellm').textContent()).toBe('LiteLLM is up but serves no chat models.');
  });

  it('asks for the API token when the server wants one, then loads the models with it', async () => {
    const token = 'browser-token-canary-0123456789';
    await fixture.reopen({ apiToken: token });
    await byTestId('provider-status').and(fixture.page.locator('[data-status="unauthorized"]')).waitFor();
    expect(await byTestId('provider-status').textContent()).toMatch(/^The demo server refused access: This server needs its API token/);
    expect(await byTestId('token-settings').getAttribute('open')).not.toBeNull();
    const field = fixture.page.getByLabel('Token, only when the server sets DEMO_API_TOKEN or MODELGATE_TENANTS');
    await field.fill(token);
    // Leaving the field commits it (a change event), which reloads the models with the token.
    await field.press('Tab');
    await waitForStatus('litellm', 'ready');
    expect(fixture.pageErrors).toEqual([]);
  });

  describe('with LiteLLM and vLLM', () => {
    const LLAMA = `vllm/${VLLM_MODELS[0]!.id}`;

    it('groups the models by provider with their status, and chats with a vLLM model that calls a tool', async () => {
      await fixture.reopen({ vllm: {} });
      await Promise.all([waitForStatus('litellm', 'ready'), waitForStatus('vllm', 'ready')]);
      expect(await groups()).toEqual([
        ['LiteLLM', ['litellm/gpt-4o-mini', 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini']],
        ['vLLM', [LLAMA, 'vllm/Qwen/Qwen2.5-7B-Instruct']],
      ]);
      expect(await byTestId('models-status').locator('[data-testid="provider-status"]').allTextContents()).toEqual([
        'LiteLLM: 3 chat models, 1 embedding model available',
        'vLLM: 2 chat models available',
      ]);
      // Whichever provider answers first, the first model that calls tools is selected until the user picks one.
      expect(await byTestId('model-select').inputValue()).toBe('litellm/gpt-4o-mini');

      await byTestId('model-select').selectOption(LLAMA);
      // vLLM reports no capabilities and no prices: the badges say "not reported", never "no".
      expect(await badges()).toEqual(['tools=unknown', 'vision=unknown', 'json=unknown', 'reasoning=unknown', 'pdf=unknown']);
      expect(await byTestId('model-context').textContent()).toBe('131,072 tokens');
      await byTestId('send-button').click();
      await byTestId('summary').waitFor();
      expect((await byTestId('answer-text').allTextContents()).join('')).toBe('The result is 84.');
      expect(await byTestId('tool-call').getByTestId('tool-result').textContent()).toBe('84');
      expect(await byTestId('cost').textContent()).toBe('unknown');
      expect(await byTestId('session-total').textContent()).toMatch(/^Session: 1 turn, \d+ tokens, \$0 \+ 1 turn of unknown cost/);
      expect(fixture.harness.vllm?.chatRequests.map((request) => request.model)).toEqual([VLLM_MODELS[0]!.id, VLLM_MODELS[0]!.id]);
      expect(fixture.harness.simulator.chatRequests).toEqual([]);
      await fixture.screenshot('providers');
      expect(fixture.pageErrors).toEqual([]);
    });

    it("shows vLLM down on its own line while LiteLLM's models stay selectable", async () => {
      await fixture.reopen({ vllm: { baseUrl: await closedPortUrl() } });
      await Promise.all([waitForStatus('litellm', 'ready'), waitForStatus('vllm', 'unreachable')]);
      expect(await providerStatus('vllm').textContent()).toMatch(/^vLLM is unreachable: Cannot connect/);
      expect(await providerStatus('vllm').getAttribute('data-tone')).toBe('error');
      expect((await groups()).map(([label]) => label)).toEqual(['LiteLLM']);
      expect(await byTestId('send-button').isEnabled()).toBe(true);
      await fixture.screenshot('vllm-down');
    });
  });
});
