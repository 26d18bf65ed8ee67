import { formatDuration, formatUsd } from '../shared/format';
import { type SessionTotals, sessionTotals } from './conversation';
import { element } from './dom';
import { type Transcript, type Turn } from './transcript';
import { renderTurn } from './turn-view';

export interface TranscriptElements {
  /** The conversation, a `role="log"` live region: only the nodes of turns that changed are replaced. */
  log: HTMLElement;
  totals: HTMLElement;
}

export function formatTotals(totals: SessionTotals): string {
  if (totals.turns === 0) return 'Session: nothing spent yet.';
  const tokens = (totals.inputTokens + totals.outputTokens).toLocaleString('en-US');
  const reasoning = totals.reasoningTokens > 0 ? ` (${totals.reasoningTokens.toLocaleString('en-US')} reasoning)` : '';
  const unpriced = totals.unpriced > 0 ? ` + ${totals.unpriced} ${totals.unpriced === 1 ? 'turn' : 'turns'} of unknown cost` : '';
  return (
    `Session: ${totals.turns} ${totals.turns === 1 ? 'turn' : 'turns'}, ${tokens} tokens${reasoning}, ` +
    `${formatUsd(totals.usd)}${unpriced}, ${formatDuration(totals.totalMs)}`
  );
}

/** Draws the conversation; a turn is drawn again only when it changed, so a streamed delta redraws one turn. */
export function createTranscriptView(elements: TranscriptElements, onRetry: (turnId: string) => void) {
  const drawn = new Map<string, { turn: Turn; retryable: boolean; node: HTMLElement }>();
  const openReasoning = new Set<string>();
  const placeholder = element('p', { class: 'placeholder' }, 'No messages yet: the conversation streams in here.');

  function nodeFor(turn: Turn, retryable: boolean): HTMLElement {
    const before = drawn.get(turn.id);
    if (before && before.turn === turn && before.retryable === retryable) return before.node;
    const node = renderTurn(turn, { retryable, onRetry, openReasoning });
    drawn.set(turn.id, { turn, retryable, node });
    return node;
  }

  return {
    render(transcript: Transcript, running: boolean): void {
      const last = transcript.turns.at(-1);
      const nodes =
        transcript.turns.length === 0
          ? [placeholder]
          : transcript.turns.map((turn) => nodeFor(turn, !running && turn === last && (turn.status === 'failed' || turn.status === 'stopped')));
      nodes.forEach((node, index) => {
        const current = elements.log.children[index];
        if (current === node) return;
        if (current) elements.log.replaceChild(node, current);
        else elements.log.append(node);
      });
      while (elements.log.children.length > nodes.length) elements.log.lastElementChild?.remove();
      for (const id of drawn.keys()) if (!transcript.turns.some((turn) => turn.id === id)) drawn.delete(id);
      elements.log.setAttribute('aria-busy', String(running));
      elements.totals.textContent = formatTotals(sessionTotals(transcript));
    },
  };
}
