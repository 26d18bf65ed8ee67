import { type ModelStoreState, type ProviderModelsState, selectProvider } from '@modelgate/model-store';
import { isChatModel, type ModelInfo } from '@modelgate/provider-contracts';
import { type ProviderSummary } from '../shared/api-contract';
import { formatCapabilities, formatContextWindow } from '../shared/format';
import { describeModelsState } from './models-view-state';

/** What the picker shows: the providers once listed (or why they could not be), and their models. */
export interface PickerState {
  /** `null` until the server has listed its providers. */
  providers: readonly ProviderSummary[] | null;
  /** Why the providers could not be listed (the demo server itself is down or wants its token). */
  providersFailure: ProviderModelsState | null;
  models: ModelStoreState;
  /** The model the user picked, kept while it is listed; `null` until they pick one. */
  chosen: string | null;
}

export interface PickerElements {
  select: HTMLSelectElement;
  /** One line per provider goes in here. */
  status: HTMLElement;
}

function statusLine(state: ProviderModelsState | undefined, name: string, providerId: string | null): HTMLElement {
  const { text, tone } = describeModelsState(state, name);
  const line = document.createElement('p');
  line.dataset['testid'] = 'provider-status';
  if (providerId !== null) line.dataset['provider'] = providerId;
  line.dataset['status'] = state?.status ?? 'idle';
  line.dataset['tone'] = tone;
  line.textContent = text;
  return line;
}

/** The id, then what is known of it, mode first: a vLLM server reports neither mode nor capabilities, so those are left out. */
function option(model: ModelInfo): HTMLOptionElement {
  const capabilities = formatCapabilities(model.capabilities);
  const mode = model.mode === 'unknown' ? [] : [model.mode];
  const details = [...mode, `context ${formatContextWindow(model.contextWindow)}`, ...(capabilities === '-' ? [] : [capabilities])];
  return new Option(`${model.id}  (${details.join(', ')})`, model.id);
}

/**
 * Draws one status line per provider and the selector with one `<optgroup>` per provider that has chat models: a
 * provider that is down or empty says so on its line without hiding the others' models. The user's pick stays
 * while its model is listed; else the first model that calls tools is selected, whichever provider answered
 * first. Returns the number of chat models listed.
 */
export function renderModelPicker(elements: PickerElements, state: PickerState): number {
  const { select, status } = elements;
  const providers = state.providers ?? [];
  if (state.providers === null) {
    status.replaceChildren(statusLine(state.providersFailure ?? undefined, 'The demo server', null));
  } else {
    status.replaceChildren(...providers.map((provider) => statusLine(selectProvider(provider.id)(state.models), provider.name, provider.id)));
  }
  // The picker starts chats: embedding models are counted on the status line, never offered here.
  const listed = providers.map((provider) => ({ provider, models: (selectProvider(provider.id)(state.models)?.models ?? []).filter(isChatModel) }));
  select.replaceChildren(
    ...listed
      .filter(({ models }) => models.length > 0)
      .map(({ provider, models }) => {
        const group = document.createElement('optgroup');
        group.label = provider.name;
        group.dataset['provider'] = provider.id;
        group.append(...models.map(option));
        return group;
      }),
  );
  const models = listed.flatMap((entry) => entry.models);
  const preferred = models.find((model) => model.id === state.chosen) ?? models.find((model) => model.capabilities.tools === true);
  if (preferred) select.value = preferred.id;
  select.disabled = models.length === 0;
  return models.length;
}
