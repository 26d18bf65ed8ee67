import { formatCost, formatDuration, formatTiming, formatUsage } from '../shared/format';
import { type AnswerBlock, type AnswerState } from './answer-state';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  // Text goes in as text: nothing a model or a tool writes is ever parsed as HTML.
  node.append(...children);
  return node;
}

function toolOutcome(block: Extract<AnswerBlock, { kind: 'tool' }>): HTMLElement {
  if (block.durationMs === null) return element('span', { class: 'pending' }, 'running...');
  if (block.error !== null) return element('output', { class: 'failed', 'data-testid': 'tool-result' }, `failed: ${block.error}`);
  return element('output', { 'data-testid': 'tool-result' }, block.result ?? '');
}

function renderBlock(block: AnswerBlock): HTMLElement {
  switch (block.kind) {
    case 'text':
      return element('div', { class: 'text', 'data-testid': 'answer-text' }, block.text);
    case 'reasoning':
      return element('div', { class: 'reasoning', 'data-testid': 'answer-reasoning', 'aria-label': 'Reasoning' }, block.text);
    case 'tool':
      return element(
        'div',
        { class: 'tool', 'data-testid': 'tool-call', 'data-tool': block.name },
        element('span', { class: 'name' }, block.name),
        element('code', {}, block.arguments),
        element('span', { 'aria-hidden': 'true' }, '→'),
        toolOutcome(block),
        block.durationMs === null ? '' : element('span', { class: 'pending' }, formatDuration(block.durationMs)),
      );
  }
}

export interface AnswerElements {
  answer: HTMLElement;
  error: HTMLElement;
  summary: HTMLElement;
  usage: HTMLElement;
  cost: HTMLElement;
  timing: HTMLElement;
}

/** Draws the answer so far, its error, and usage, cost and timing once it is complete. */
export function renderAnswer(elements: AnswerElements, state: AnswerState, streaming: boolean): void {
  elements.answer.replaceChildren(...state.blocks.map(renderBlock));
  elements.answer.setAttribute('aria-busy', String(streaming));
  elements.error.hidden = state.error === null;
  elements.error.textContent = state.error ? `${state.error.code}: ${state.error.message}` : '';
  elements.summary.hidden = state.result === null;
  if (state.result) {
    elements.usage.textContent = formatUsage(state.result.usage);
    elements.cost.textContent = formatCost(state.result.cost);
    elements.timing.textContent = formatTiming(state.result);
  }
}
