import { ProviderError } from '@modelgate/provider-contracts';
import { type ChatBody } from '../shared/api-contract';
import { DEMO_TOOL_NAMES } from '../shared/demo-tool-names';
import { EMPTY_ANSWER, applyStreamEvent, failAnswer } from './answer-state';
import { ApiFailure, type ApiClient } from './api-client';
import { requestMessages } from './conversation';
import { type Transcript, type Turn } from './transcript';

/** The request of one turn: the conversation before it, then the turn, with its tools and reasoning effort. */
export function turnRequest(transcript: Transcript, turn: Turn): ChatBody {
  return {
    model: turn.model,
    messages: requestMessages(transcript, turn),
    ...(turn.tools ? { tools: [...DEMO_TOOL_NAMES] } : {}),
    ...(turn.reasoningEffort ? { reasoningEffort: turn.reasoningEffort } : {}),
  };
}

/**
 * Streams one turn, reporting it after each event, and resolves with how it ended: `done` with its result,
 * `stopped` when the signal aborted it, `failed` with the typed error otherwise.
 */
export async function streamTurn(
  api: Pick<ApiClient, 'streamChat'>,
  transcript: Transcript,
  turn: Turn,
  signal: AbortSignal,
  onProgress: (turn: Turn) => void,
): Promise<Turn> {
  let answer = EMPTY_ANSWER;
  try {
    await api.streamChat(
      turnRequest(transcript, turn),
      (event) => {
        answer = applyStreamEvent(answer, event);
        onProgress({ ...turn, answer });
      },
      signal,
    );
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { ...turn, answer: failAnswer(answer, error.error), status: error.error.code === 'aborted' ? 'stopped' : 'failed', httpStatus: error.httpStatus };
  }
  if (answer.result) return { ...turn, answer, status: 'done' };
  const cut = new ProviderError({ code: 'invalid_response', message: 'The answer ended before its finish event' }).toJSON();
  return { ...turn, answer: failAnswer(answer, cut), status: 'failed' };
}
