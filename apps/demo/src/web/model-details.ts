import { type ModelCapabilities, type ModelInfo } from '@modelgate/provider-contracts';
import { formatContextWindow, formatPricePerMillion } from '../shared/format';
import { element } from './dom';

const BADGES: readonly [keyof ModelCapabilities, string][] = [
  ['tools', 'tools'],
  ['vision', 'vision'],
  ['structuredOutput', 'json'],
  ['reasoning', 'reasoning'],
  ['pdf', 'pdf'],
];

const STATE_WORDS = { yes: 'supported', no: 'not supported', unknown: 'not reported' } as const;

function badge(capabilities: ModelCapabilities, key: keyof ModelCapabilities, label: string): HTMLElement {
  const flag = capabilities[key];
  const state = flag === true ? 'yes' : flag === false ? 'no' : 'unknown';
  return element(
    'li',
    { class: 'badge', 'data-testid': 'capability', 'data-capability': label, 'data-state': state },
    label,
    element('span', { class: 'visually-hidden' }, `: ${STATE_WORDS[state]}`),
  );
}

export interface ModelDetailsElements {
  details: HTMLElement;
  /** The reasoning effort field, shown only for models whose capabilities say reasoning. */
  effort: HTMLElement;
}

/** The selected model's capabilities as badges, its context window, prices and mode. */
export function renderModelDetails(elements: ModelDetailsElements, model: ModelInfo | null): void {
  elements.effort.hidden = model?.capabilities.reasoning !== true;
  if (model === null) {
    elements.details.replaceChildren();
    return;
  }
  const fact = (term: string, id: string, value: string) => [element('dt', {}, term), element('dd', { 'data-testid': id }, value)];
  const { inputPerToken, outputPerToken } = model.pricing;
  elements.details.replaceChildren(
    element('ul', { class: 'badges', 'aria-label': 'Capabilities' }, ...BADGES.map(([key, label]) => badge(model.capabilities, key, label))),
    element(
      'dl',
      { class: 'facts' },
      ...fact('Context', 'model-context', model.contextWindow === null ? 'not reported' : `${formatContextWindow(model.contextWindow)} tokens`),
      ...fact(
        'Price',
        'model-price',
        inputPerToken === null && outputPerToken === null
          ? 'not reported'
          : `${formatPricePerMillion(inputPerToken)} in, ${formatPricePerMillion(outputPerToken)} out per million tokens`,
      ),
      ...fact('Mode', 'model-mode', model.mode),
    ),
  );
}
