import { type ChatResult, type SerializedProviderError, type StreamEvent } from '@modelgate/provider-contracts';

/** One piece of a streamed answer, in the order it arrived. */
export type AnswerBlock =
  | { kind: 'text'; turn: number; text: string }
  | { kind: 'reasoning'; turn: number; text: string }
  | {
      kind: 'tool';
      turn: number;
      id: string;
      name: string;
      arguments: string;
      result: string | null;
      error: string | null;
      durationMs: number | null;
    };

/** What the page shows of one chat: the blocks so far, then the result or the error. */
export interface AnswerState {
  blocks: AnswerBlock[];
  result: ChatResult | null;
  error: SerializedProviderError | null;
}

export const EMPTY_ANSWER: AnswerState = Object.freeze({ blocks: [], result: null, error: null });

function appendText(blocks: AnswerBlock[], kind: 'text' | 'reasoning', turn: number, delta: string): AnswerBlock[] {
  const last = blocks.at(-1);
  if (last && last.kind === kind && last.turn === turn) return [...blocks.slice(0, -1), { ...last, text: last.text + delta }];
  return [...blocks, { kind, turn, text: delta }];
}

/** The next state after one stream event; deltas of one turn grow one block. */
export function applyStreamEvent(state: AnswerState, event: StreamEvent): AnswerState {
  switch (event.type) {
    case 'text-delta':
    case 'reasoning-delta':
      return { ...state, blocks: appendText(state.blocks, event.type === 'text-delta' ? 'text' : 'reasoning', event.turn, event.delta) };
    case 'tool-call':
      return {
        ...state,
        blocks: [
          ...state.blocks,
          { kind: 'tool', turn: event.turn, id: event.id, name: event.name, arguments: event.arguments, result: null, error: null, durationMs: null },
        ],
      };
    case 'tool-result':
      return {
        ...state,
        blocks: state.blocks.map((block) =>
          block.kind === 'tool' && block.id === event.id
            ? { ...block, result: event.result, error: event.error, durationMs: event.durationMs }
            : block,
        ),
      };
    case 'finish':
      return { ...state, result: event.result };
    default:
      return state;
  }
}

export function failAnswer(state: AnswerState, error: SerializedProviderError): AnswerState {
  return { ...state, error };
}
