import { type ChatBodyMessage, type ChatContentPart } from '../shared/api-contract';
import { type PageAttachment, type Transcript, type Turn } from './transcript';

function toPart(attachment: PageAttachment): ChatContentPart {
  const source = { kind: 'base64' as const, data: attachment.data };
  return attachment.kind === 'image'
    ? { type: 'image', source: { ...source, mediaType: attachment.mediaType } }
    : { type: 'file', mediaType: attachment.mediaType, filename: attachment.name, source: { ...source, mediaType: attachment.mediaType } };
}

function userMessage(turn: Pick<Turn, 'prompt' | 'attachments'>): ChatBodyMessage {
  if (turn.attachments.length === 0) return { role: 'user', content: turn.prompt };
  const text: ChatContentPart[] = turn.prompt === '' ? [] : [{ type: 'text', text: turn.prompt }];
  return { role: 'user', content: [...text, ...turn.attachments.map(toPart)] };
}

/** The turns before `turnId` whose answers the model gave in full. */
function answeredBefore(transcript: Transcript, turnId: string): Turn[] {
  const at = transcript.turns.findIndex((turn) => turn.id === turnId);
  return transcript.turns.slice(0, at === -1 ? transcript.turns.length : at).filter((turn) => turn.status === 'done');
}

/**
 * The messages of one turn's request: the system prompt, every answered turn before it (the user's words and
 * files, then the model's answer), then the turn itself.
 */
export function requestMessages(transcript: Transcript, turn: Turn): ChatBodyMessage[] {
  const system: ChatBodyMessage[] = transcript.system.trim() === '' ? [] : [{ role: 'system', content: transcript.system }];
  const history = answeredBefore(transcript, turn.id).flatMap((past): ChatBodyMessage[] => [
    userMessage(past),
    { role: 'assistant', content: past.answer.result?.content ?? '' },
  ]);
  return [...system, ...history, userMessage(turn)];
}

/** Attachments the next request would carry again: those of the answered turns. */
export function attachmentsInHistory(transcript: Transcript): number {
  return transcript.turns.filter((turn) => turn.status === 'done').reduce((sum, turn) => sum + turn.attachments.length, 0);
}

/** Puts a turn in place of the one with its id, or at the end. */
export function putTurn(transcript: Transcript, turn: Turn): Transcript {
  const at = transcript.turns.findIndex((candidate) => candidate.id === turn.id);
  const turns = at === -1 ? [...transcript.turns, turn] : transcript.turns.map((candidate, index) => (index === at ? turn : candidate));
  return { ...transcript, turns };
}

export interface SessionTotals {
  /** Turns answered in full. */
  turns: number;
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  /** The sum of the costs that are known. */
  usd: number;
  /** Answered turns whose cost is not known (a model without prices). */
  unpriced: number;
  /** Wall time of the answered turns, in ms. */
  totalMs: number;
}

/** What the session has spent so far: every turn that got a result, a stopped or failed one having none. */
export function sessionTotals(transcript: Transcript): SessionTotals {
  const totals: SessionTotals = { turns: 0, inputTokens: 0, outputTokens: 0, reasoningTokens: 0, usd: 0, unpriced: 0, totalMs: 0 };
  for (const turn of transcript.turns) {
    const result = turn.answer.result;
    if (result === null) continue;
    totals.turns += 1;
    totals.inputTokens += result.usage.inputTokens ?? 0;
    totals.outputTokens += result.usage.outputTokens ?? 0;
    totals.reasoningTokens += result.usage.reasoningTokens ?? 0;
    totals.totalMs += result.timing.totalMs;
    if (result.cost.usd === null) totals.unpriced += 1;
    else totals.usd += result.cost.usd;
  }
  return totals;
}
