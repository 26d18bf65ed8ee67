import { type ModelStoreApi, createModelStore, selectProvider } from '@modelgate/model-store';
import { type ModelInfo } from '@modelgate/provider-contracts';
import { type ProviderSummary } from '../shared/api-contract';
import { ATTACHMENT_LIMITS_TEXT } from '../shared/attachment-policy';
import { EMPTY_ANSWER } from './answer-state';
import { ApiFailure, createApiClient } from './api-client';
import { createComposer } from './composer';
import { putTurn } from './conversation';
import { byTestId } from './dom';
import { createHttpDiscovery } from './http-discovery';
import { renderModelDetails } from './model-details';
import { type PickerState, renderModelPicker } from './model-picker';
import { createModelRefresher } from './refresh-models';
import { ReasoningEffort, type Transcript, type Turn, emptyTranscript } from './transcript';
import { exportTranscript, loadTranscript, saveTranscript } from './transcript-storage';
import { createTranscriptView } from './transcript-view';
import { streamTurn } from './stream-turn';

/**
 * Wires the page: the server's providers, the model store fed by each one's models route, and a conversation
 * kept in local storage whose turns stream one at a time, each sent with the answered turns before it.
 */
export function startPage(root: Document): void {
  const $ = <T extends HTMLElement>(id: string) => byTestId<T>(root, id);
  const select = $<HTMLSelectElement>('model-select');
  const token = $<HTMLInputElement>('api-token');
  const tokenSettings = $<HTMLDetailsElement>('token-settings');
  const form = $<HTMLFormElement>('chat-form');
  const prompt = $<HTMLTextAreaElement>('prompt-input');
  const system = $<HTMLTextAreaElement>('system-input');
  const effort = $<HTMLSelectElement>('reasoning-effort');
  const tools = $<HTMLInputElement>('tools-toggle');
  const send = $<HTMLButtonElement>('send-button');
  const stop = $<HTMLButtonElement>('stop-button');
  const storageNotice = $('storage-notice');
  const detailsElements = { details: $('model-details'), effort: $('effort-field') };

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
  let transcript: Transcript = loadTranscript(localStorage) ?? emptyTranscript();
  let shownModel: ModelInfo | null | undefined;
  /** Bumped by "New chat": a turn of the conversation before writes nothing into the new one. */
  let conversation = 0;

  const selectedModel = (): ModelInfo | null =>
    (providers ?? []).flatMap((provider) => selectProvider(provider.id)(store.getState())?.models ?? []).find((model) => model.id === select.value) ?? null;
  const composer = createComposer(
    {
      dropZone: form,
      prompt,
      fileInput: $<HTMLInputElement>('file-input'),
      attachButton: $<HTMLButtonElement>('attach-button'),
      list: $('pending-attachments'),
      notice: $('attachment-notice'),
    },
    { model: selectedModel, attachedBefore: () => answeredAttachments().length },
  );
  const answeredAttachments = () => transcript.turns.filter((turn) => turn.status === 'done').flatMap((turn) => turn.attachments);
  const view = createTranscriptView({ log: $('transcript'), totals: $('session-total') }, (turnId) => {
    const turn = transcript.turns.find((candidate) => candidate.id === turnId);
    if (turn && running === null) void run({ ...turn, status: 'streaming', answer: EMPTY_ANSWER, httpStatus: null });
  });

  const show = (next: Transcript) => {
    transcript = next;
    view.render(transcript, running !== null);
  };
  const save = () => {
    storageNotice.hidden = saveTranscript(localStorage, transcript);
    storageNotice.textContent = 'This conversation is too large to keep across a reload (its attachments): export it to keep a copy.';
  };

  const renderModels = () => {
    const listed = renderModelPicker({ select, status: $('models-status') }, { providers, providersFailure, models: store.getState(), chosen });
    send.disabled = listed === 0 || running !== null;
    stop.disabled = running === null;
    const model = selectedModel();
    if (model !== shownModel) {
      shownModel = model;
      renderModelDetails(detailsElements, model);
      composer.modelChanged();
    }
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

  /** Streams one turn into the transcript; its request carries the conversation before it. */
  async function run(turn: Turn): Promise<void> {
    const controller = new AbortController();
    const started = conversation;
    const current = () => started === conversation;
    running = controller;
    renderModels();
    show(putTurn(transcript, turn));
    save();
    try {
      const final = await streamTurn(api, transcript, turn, controller.signal, (progress) => {
        if (current()) show(putTurn(transcript, progress));
      });
      if (final.httpStatus === 401) openTokenSettings();
      if (current()) transcript = putTurn(transcript, final);
    } finally {
      running = null;
      show(transcript);
      save();
      renderModels();
    }
  }

  function submit(): void {
    if (running !== null || select.value === '' || !form.reportValidity()) return;
    const refusal = composer.refusal(answeredAttachments());
    const notice = $('attachment-notice');
    if (refusal !== null) {
      notice.textContent = refusal;
      notice.dataset['tone'] = 'refused';
      return;
    }
    const reasoningEffort = ReasoningEffort.safeParse(effort.value);
    const turn: Turn = {
      // Not crypto.randomUUID: it exists only in secure contexts, and the page may be served on a LAN address.
      id: `turn-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
      prompt: prompt.value,
      attachments: composer.attachments(),
      model: select.value,
      ...(selectedModel()?.capabilities.reasoning === true && reasoningEffort.success ? { reasoningEffort: reasoningEffort.data } : {}),
      tools: tools.checked,
      status: 'streaming',
      answer: EMPTY_ANSWER,
      httpStatus: null,
      startedAt: new Date().toISOString(),
    };
    prompt.value = '';
    composer.clear();
    void run(turn);
  }

  $('attachment-limits').textContent = ATTACHMENT_LIMITS_TEXT;
  system.value = transcript.system;
  system.addEventListener('change', () => {
    show({ ...transcript, system: system.value });
    save();
  });
  show(transcript);
  store.subscribe(renderModels);
  renderModels();
  select.addEventListener('change', () => {
    chosen = select.value;
    renderModels();
  });
  $('refresh-models').addEventListener('click', () => void loadModels());
  $('new-chat-button').addEventListener('click', () => {
    conversation += 1;
    running?.abort();
    composer.clear();
    show(emptyTranscript(system.value));
    save();
    prompt.focus();
  });
  $('export-button').addEventListener('click', () => exportTranscript(root, transcript));
  token.addEventListener('change', () => void loadModels());
  stop.addEventListener('click', () => running?.abort());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  prompt.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  void loadModels();
}
