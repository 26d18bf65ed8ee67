import { formatMessages } from '@modelgate/message-formatting';
import { type ChatMessage, type ChatRequest, type ModelInfo } from '@modelgate/provider-contracts';
import { type ModelCaller } from './model-call';
import { type ModelTurn } from './model-turn';
import { buildBaseBody, buildTurnBody, type WireMessage } from './request-builder';

export interface TurnTarget {
  provider: string;
  /** The model's id as the server knows it (prefix stripped). */
  providerModel: string;
  /** What the registry knows of the model, for attachment checks. */
  modelInfo: ModelInfo | undefined;
}

/**
 * The model turns of one call to an OpenAI-compatible server: each maps the neutral turn options to the
 * wire body and makes the call. The history only grows within a call, so each message is formatted once,
 * when it first appears; an assistant message and its tool results arrive together, as formatting wants.
 */
export function openAITurns(request: ChatRequest, target: TurnTarget, callModel: ModelCaller): ModelTurn {
  const base = buildBaseBody(request, target.providerModel, target.provider);
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
    return callModel({ ...call, body: buildTurnBody(base, wire, toolChoice) });
  };
}
