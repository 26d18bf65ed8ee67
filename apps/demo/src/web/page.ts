import { type ModelStoreApi, createModelStore, selectProvider } from '@modelgate/model-store';
import { type ModelDiscovery } from '@modelgate/provider-contracts';
import { DEMO_TOOL_NAMES } from '../shared/demo-tool-names';
import { formatCapabilities, formatContextWindow } from '../shared/format';
import { ApiFailure, createApiClient } from './api-client';
import { EMPTY_ANSWER, applyStreamEvent, failAnswer } from './answer-state';
import { renderAnswer } from './answer-view';
import { createHttpDiscovery } from './http-discovery';
import { createModelRefresher } from './refresh-models';
import { describeModelsState } from './models-view-state';

function byTestId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`The page has no [data-testid="${id}"]`);
  return found;
}

/** Wires the page: the model store fed by the models route, and one streamed chat at a time. */
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
  const store: ModelStoreApi = createModelStore(['litellm']);
  const discovery: ModelDiscovery = createHttpDiscovery(api, () => {
    tokenSettings.open = true;
  });
  let running: AbortController | null = null;

  const renderModels = () => {
    const state = selectProvider('litellm')(store.getState());
    const { text, tone } = describeModelsState(state);
    status.textContent = text;
    status.dataset['tone'] = tone;
    status.dataset['status'] = state?.status ?? 'idle';
    const previous = select.value;
    const models = state?.models ?? [];
    select.replaceChildren(
      ...models.map((model) => {
        const details = [`context ${formatContextWindow(model.contextWindow)}`, formatCapabilities(model.capabilities)];
        return new Option(`${model.id}  (${details.join(', ')})`, model.id);
      }),
    );
    const preferred = models.find((model) => model.id === previous) ?? models.find((model) => model.capabilities.tools === true);
    if (preferred) select.value = preferred.id;
    select.disabled = models.length === 0;
    send.disabled = models.length === 0 || running !== null;
  };

  const loadModels = createModelRefresher(store, discovery);

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
      if (error.httpStatus === 401) tokenSettings.open = true;
    } finally {
      running = null;
      stop.disabled = true;
      renderAnswer(answerElements, state, false);
      renderModels();
    }
  }

  store.subscribe(renderModels);
  renderModels();
  $('refresh-models').addEventListener('click', () => void loadModels());
  token.addEventListener('change', () => void loadModels());
  stop.addEventListener('click', () => running?.abort());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (running === null && select.value !== '') void chat();
  });
  void loadModels();
}
