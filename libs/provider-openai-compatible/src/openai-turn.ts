import { formatMessages } from '@modelgate/message-formatting';
import { type CallWarning, type ChatMessage, type ChatRequest, type ModelInfo } from '@modelgate/provider-contracts';
import { type ModelCaller } from './model-call';
import { type ModelTurn } from './model-turn';
import { buildBaseBody, buildTurnBody, type WireMessage } from './request-builder';

export interface TurnTarget {
  provider: string;
  /** The model's id as the server knows it (prefix stripped). */
  providerModel: string;
  /** What the registry knows of the model, for attachment checks. */
  modelInfo: ModelInfo | undefined;
  /** The call's own key, from its `credentials`. */
  apiKey?: string;
}

/**
 * A forced tool choice (`required`, or a named tool) is only sent beside the tools it forces: without any,
 * it goes unsent and the model may answer in text. `auto` and `none` mean the same with no tools at all.
 */
function unsentToolChoice(request: ChatRequest): CallWarning | null {
  const { toolChoice } = request;
  if (toolChoice === undefined || toolChoice === 'auto' || toolChoice === 'none' || (request.tools?.length ?? 0) > 0) return null;
  const forced = typeof toolChoice === 'string' ? toolChoice : `the tool "${toolChoice.name}"`;
  return { code: 'option-dropped', turn: 1, message: `toolChoice (${forced}) was not sent: the request lists no tools` };
}

/**
 * The model turns of one call to an OpenAI-compatible server: each maps the neutral turn options to the
 * wire body and makes the call. The history only grows within a call, so each message is formatted once,
 * when it first appears; an assistant message and its tool results arrive together, as formatting wants.
 */
export function openAITurns(request: ChatRequest, target: TurnTarget, callModel: ModelCaller): ModelTurn {
  const base = buildBaseBody(request, target.providerModel, target.provider);
  const unsent = unsentToolChoice(request);
  // Typed as the SDK's message param: here message-formatting's wire shape is checked against openai's.
  const format = (messages: readonly ChatMessage[]): WireMessage[] =>
    formatMessages('openai-compatible', messages, { model: target.modelInfo, provider: target.provider });
  const wire: WireMessage[] = [];
  let formatted = 0;
  return ({ messages, toolChoice, ...call }) => {
    if (messages.length > formatted) {
      wire.push(...format(formatted === 0 ? messages : messages.slice(formatted)));
      formatted = messages.length;
    }
    const result = callModel({ ...call, body: buildTurnBody(base, wire, toolChoice), apiKey: target.apiKey });
    if (unsent === null || call.turn !== 1) return result;
    return result.then((turn) => ({ ...turn, warnings: [unsent, ...turn.warnings] }));
  };
}
