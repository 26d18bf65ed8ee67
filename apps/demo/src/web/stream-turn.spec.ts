import { type ChatResult, ProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { type ChatBody } from '../shared/api-contract';
import { EMPTY_ANSWER } from './answer-state';
import { ApiFailure, type ApiClient } from './api-client';
import { streamTurn, turnRequest } from './stream-turn';
import { type Turn, emptyTranscript } from './transcript';

const turn: Turn = {
  id: 't1',
  prompt: 'What is 12 * 7?',
  attachments: [],
  model: 'litellm/reasoner-mini',
  reasoningEffort: 'low',
  tools: true,
  status: 'streaming',
  answer: EMPTY_ANSWER,
  httpStatus: null,
  startedAt: '2026-01-01T00:00:00.000Z',
};
const transcript = { ...emptyTranscript(''), turns: [turn] };
const result = { content: '84' } as ChatResult;
/** Progress the test does not look at. */
const ignore = (_turn: Turn) => undefined;

/** A client whose stream plays the given events, then fails with `failure` when one is given. */
function playing(events: StreamEvent[], failure?: ApiFailure): Pick<ApiClient, 'streamChat'> & { bodies: ChatBody[] } {
  const bodies: ChatBody[] = [];
  return {
    bodies,
    async streamChat(body, onEvent) {
      bodies.push(body);
      for (const event of events) onEvent(event);
      if (failure) throw failure;
    },
  };
}

describe('streamTurn', () => {
  it('asks with the tools and the reasoning effort, reports each event, and ends done with the result', async () => {
    const api = playing([{ type: 'text-delta', turn: 1, delta: '84' }, { type: 'finish', result }]);
    const progress: Turn[] = [];
    const final = await streamTurn(api, transcript, turn, new AbortController().signal, (next) => progress.push(next));
    expect(api.bodies).toEqual([turnRequest(transcript, turn)]);
    expect(api.bodies[0]).toMatchObject({ tools: ['calculator', 'convert_units'], reasoningEffort: 'low' });
    expect(progress.map((next) => next.answer.blocks.length)).toEqual([1, 1]);
    expect(final).toMatchObject({ status: 'done', answer: { result } });
  });

  it('ends stopped when aborted and failed on an error, keeping what had arrived and the HTTP status', async () => {
    const partial: StreamEvent[] = [{ type: 'text-delta', turn: 1, delta: 'half' }];
    const stopped = await streamTurn(playing(partial, new ApiFailure(new ProviderError({ code: 'aborted', message: 'Stopped' }).toJSON(), null)), transcript, turn, new AbortController().signal, ignore);
    expect(stopped).toMatchObject({ status: 'stopped', answer: { blocks: [{ text: 'half' }], error: { code: 'aborted' } } });
    const refused = await streamTurn(playing([], new ApiFailure(new ProviderError({ code: 'unauthorized', message: 'token' }).toJSON(), 401)), transcript, turn, new AbortController().signal, ignore);
    expect(refused).toMatchObject({ status: 'failed', httpStatus: 401, answer: { error: { code: 'unauthorized' } } });
  });

  it('fails a stream that ends without its finish event', async () => {
    const final = await streamTurn(playing([{ type: 'text-delta', turn: 1, delta: 'cut' }]), transcript, turn, new AbortController().signal, ignore);
    expect(final).toMatchObject({ status: 'failed', answer: { error: { code: 'invalid_response' } } });
  });
});
