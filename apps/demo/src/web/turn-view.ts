import { formatCost, formatDuration, formatTiming, formatUsage } from '../shared/format';
import { type AnswerBlock } from './answer-state';
import { formatBytes, imageUrl } from './attachments';
import { element } from './dom';
import { describeFailure } from './error-words';
import { type PageAttachment, type Turn } from './transcript';

export interface TurnViewOptions {
  /** Whether this turn offers Retry (the last one, failed or stopped, while nothing runs). */
  retryable: boolean;
  onRetry(turnId: string): void;
  /** The reasoning blocks the user opened, by `turnId:index`: a redraw while streaming keeps them open. */
  openReasoning: Set<string>;
}

function attachmentItem(attachment: PageAttachment): HTMLElement {
  if (attachment.kind === 'image') {
    return element('li', {}, element('img', { src: imageUrl(attachment), alt: `Attached image ${attachment.name}`, 'data-testid': 'turn-image' }));
  }
  return element('li', { class: 'file', 'data-testid': 'turn-file' }, `PDF ${attachment.name}, ${formatBytes(attachment.bytes)}`);
}

function userPart(turn: Turn): HTMLElement {
  return element(
    'div',
    { class: 'user' },
    element('p', { class: 'who' }, 'You'),
    element('div', { class: 'text', 'data-testid': 'turn-prompt' }, turn.prompt),
    ...(turn.attachments.length === 0 ? [] : [element('ul', { class: 'attachments' }, ...turn.attachments.map(attachmentItem))]),
  );
}

function toolBlock(block: Extract<AnswerBlock, { kind: 'tool' }>): HTMLElement {
  const outcome =
    block.durationMs === null
      ? element('span', { class: 'pending' }, 'running...')
      : block.error !== null
        ? element('output', { class: 'failed', 'data-testid': 'tool-result' }, `failed: ${block.error}`)
        : element('output', { 'data-testid': 'tool-result' }, block.result ?? '');
  return element(
    'div',
    { class: 'tool', 'data-testid': 'tool-call', 'data-tool': block.name },
    element('span', { class: 'name' }, `Tool ${block.name}`),
    element('code', {}, block.arguments),
    element('span', { 'aria-hidden': 'true' }, '→'),
    outcome,
    block.durationMs === null ? '' : element('span', { class: 'pending' }, formatDuration(block.durationMs)),
  );
}

function reasoningBlock(text: string, key: string, tokens: number | null, options: TurnViewOptions): HTMLElement {
  const label = tokens === null ? 'Reasoning' : `Reasoning (${tokens.toLocaleString('en-US')} reasoning tokens)`;
  const details = element('details', { class: 'reasoning', 'data-testid': 'answer-reasoning' }, element('summary', {}, label), element('div', { class: 'text' }, text));
  details.open = options.openReasoning.has(key);
  details.addEventListener('toggle', () => {
    if (details.open) options.openReasoning.add(key);
    else options.openReasoning.delete(key);
  });
  return details;
}

function summary(turn: Turn): HTMLElement | '' {
  const result = turn.answer.result;
  if (result === null) return '';
  const reasoning = result.usage.reasoningTokens;
  // Most models report 0 reasoning tokens: worth a mention only when there were some.
  const usage = formatUsage(result.usage) + (reasoning === null || reasoning === 0 ? '' : `, ${reasoning.toLocaleString('en-US')} of them reasoning`);
  const pair = (term: string, id: string, value: string) => [element('dt', {}, term), element('dd', { 'data-testid': id }, value)];
  return element(
    'dl',
    { class: 'summary', 'data-testid': 'summary' },
    ...pair('Usage', 'usage', usage),
    ...pair('Cost', 'cost', formatCost(result.cost)),
    ...pair('Timing', 'timing', formatTiming(result)),
    // What the library did to the call unasked (a finish reason it could not read, a tool call it repaired).
    ...(result.warnings.length === 0 ? [] : pair('Warnings', 'warnings', result.warnings.map((warning) => warning.message).join(' '))),
  );
}

function failure(turn: Turn, options: TurnViewOptions): HTMLElement[] {
  const error = turn.answer.error;
  if (error === null) return [];
  const words = element('p', { class: 'error', 'data-testid': 'chat-error', 'data-code': error.code }, describeFailure(error, turn.httpStatus));
  if (!options.retryable) return [words];
  const retry = element('button', { type: 'button', 'data-testid': 'retry-button' }, 'Retry');
  retry.addEventListener('click', () => options.onRetry(turn.id));
  return [words, retry];
}

function answerPart(turn: Turn, options: TurnViewOptions): HTMLElement {
  const reasoningTokens = turn.answer.result?.usage.reasoningTokens ?? null;
  const blocks = turn.answer.blocks.map((block, index) => {
    if (block.kind === 'tool') return toolBlock(block);
    if (block.kind === 'reasoning') return reasoningBlock(block.text, `${turn.id}:${index}`, reasoningTokens, options);
    return element('div', { class: 'text', 'data-testid': 'answer-text' }, block.text);
  });
  const waiting = turn.status === 'streaming' && blocks.length === 0 ? [element('p', { class: 'pending' }, 'Waiting for the model...')] : [];
  return element(
    'div',
    { class: 'assistant', 'data-testid': 'turn-answer' },
    element('p', { class: 'who' }, turn.model + (turn.reasoningEffort ? `, ${turn.reasoningEffort} reasoning effort` : '')),
    ...waiting,
    ...blocks,
    ...failure(turn, options),
    summary(turn),
  );
}

/** One exchange: the user's words and files, then the model's answer as it streams, and what it cost. */
export function renderTurn(turn: Turn, options: TurnViewOptions): HTMLElement {
  return element('article', { class: 'turn', 'data-testid': 'turn', 'data-status': turn.status, 'aria-label': `Turn: ${turn.prompt.slice(0, 60)}` }, userPart(turn), answerPart(turn, options));
}
