import { z } from 'zod';
import { ChatResult, SerializedProviderError, type StreamEvent } from '@modelgate/provider-contracts';

const ModelTurn = z.number().int().positive();

/** One piece of a streamed answer, in the order it arrived; `turn` is the model call of the tool loop. */
export const AnswerBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), turn: ModelTurn, text: z.string() }),
  z.object({ kind: z.literal('reasoning'), turn: ModelTurn, text: z.string() }),
  z.object({
    kind: z.literal('tool'),
    turn: ModelTurn,
    id: z.string(),
    name: z.string(),
    arguments: z.string(),
    result: z.string().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().nonnegative().nullable(),
  }),
]);
export type AnswerBlock = z.infer<typeof AnswerBlock>;

/** What the page shows of one answer: the blocks so far, then the result or the error. */
export const AnswerState = z.object({
  blocks: z.array(AnswerBlock),
  result: ChatResult.nullable(),
  error: SerializedProviderError.nullable(),
});
export type AnswerState = z.infer<typeof AnswerState>;

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
