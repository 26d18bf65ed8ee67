import { type ModelStoreApi, createModelStore } from '@modelgate/model-store';
import { type ProviderSummary } from '../shared/api-contract';
import { DEMO_TOOL_NAMES } from '../shared/demo-tool-names';
import { ApiFailure, createApiClient } from './api-client';
import { EMPTY_ANSWER, applyStreamEvent, failAnswer } from './answer-state';
import { renderAnswer } from './answer-view';
import { createHttpDiscovery } from './http-discovery';
import { type PickerState, renderModelPicker } from './model-picker';
import { createModelRefresher } from './refresh-models';

function byTestId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`The page has no [data-testid="${id}"]`);
  return found;
}

/**
 * Wires the page: the server's providers, the model store fed by each one's models route, and one streamed chat
 * at a time.
 */
export function startPage(root: Document): void {
  const $ = <T extends HTMLElement>(id: string) => byTestId<T>(root, id);
  const select = $<HTMLSelectElement>('model-select');
  const status = $('models-status');
  const token = $<HTMLInputElement>('api-token');
  const tokenSettings = $<HTMLDetailsElement>('token-settings');
  const form = $<HTMLFormElement>('chat-form');
  const prompt = $<HTMLTextAreaElement>('prompt-input');
  const tools = $<HTMLInputElement>('tools-toggle');
  const send = $<HTMLButtonElement>('send-button');
  const stop = $<HTMLButtonElement>('stop-button');
  const answerElements = {
    answer: $('answer'),
    error: $('chat-error'),
    summary: $('summary'),
    usage: $('usage'),
    cost: $('cost'),
    timing: $('timing'),
  };

  const api = createApiClient(() => token.value.trim());
  const openTokenSettings = () => {
    tokenSettings.open = true;
  };
  // Providers join the store as the server lists them; each one's refresher writes its own entry only.
  const store: ModelStoreApi = createModelStore([]);
  const refreshers = new Map<string, () => Promise<void>>();
  let providers: readonly ProviderSummary[] | null = null;
  let providersFailure: PickerState['providersFailure'] = null;
  let chosen: string | null = null;
  let running: AbortController | null = null;

  const renderModels = () => {
    const listed = renderModelPicker({ select, status }, { providers, providersFailure, models: store.getState(), chosen });
    send.disabled = listed === 0 || running !== null;
  };

  async function loadProviders(): Promise<void> {
    try {
      providers = (await api.getProviders()).providers;
      providersFailure = null;
      for (const provider of providers) {
        if (!refreshers.has(provider.id)) {
          refreshers.set(provider.id, createModelRefresher(store, createHttpDiscovery(api, provider.id, openTokenSettings)));
        }
      }
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      const refused = error.httpStatus === 401;
      if (refused) openTokenSettings();
      const { code, message } = error.error;
      providersFailure = { models: [], status: refused ? 'unauthorized' : 'unreachable', error: { code, message }, updatedAt: new Date().toISOString() };
    }
    renderModels();
  }

  /** Every provider's models at once: one that is slow or down holds none of the others back. */
  async function loadModels(): Promise<void> {
    if (providers === null) await loadProviders();
    await Promise.all([...refreshers.values()].map((refresh) => refresh()));
  }

  async function chat(): Promise<void> {
    running = new AbortController();
    send.disabled = true;
    stop.disabled = false;
    let state = EMPTY_ANSWER;
    renderAnswer(answerElements, state, true);
    try {
      await api.streamChat(
        {
          model: select.value,
          messages: [{ role: 'user', content: prompt.value }],
          ...(tools.checked ? { tools: [...DEMO_TOOL_NAMES] } : {}),
        },
        (event) => {
          state = applyStreamEvent(state, event);
          renderAnswer(answerElements, state, true);
        },
        running.signal,
      );
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      state = failAnswer(state, error.error);
      if (error.httpStatus === 401) openTokenSettings();
    } finally {
      running = null;
      stop.disabled = true;
      renderAnswer(answerElements, state, false);
      renderModels();
    }
  }

  store.subscribe(renderModels);
  renderModels();
  select.addEventListener('change', () => {
    chosen = select.value;
  });
  $('refresh-models').addEventListener('click', () => void loadModels());
  token.addEventListener('change', () => void loadModels());
  stop.addEventListener('click', () => running?.abort());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (running === null && select.value !== '') void chat();
  });
  void loadModels();
}
