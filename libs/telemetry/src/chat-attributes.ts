import { type Attributes } from '@opentelemetry/api';
import { type ChatRequest, type ChatResult } from '@modelgate/provider-contracts';
import { inputMessages, outputMessages } from './content';
import { type OperationOutcome, type OperationStart } from './operation-trace';
import { ATTR } from './semconv';

export interface ChatTarget {
  provider: string;
  /** The provider's model prefix (`litellm/`), stripped for `gen_ai.request.model`. */
  modelPrefix: string;
  server: Attributes;
  streaming: boolean;
}

function requestAttributes(request: ChatRequest, recordContent: boolean): Attributes {
  const attributes: Attributes = { [ATTR.requestChoiceCount]: 1 };
  if (request.maxTokens !== undefined) attributes[ATTR.requestMaxTokens] = request.maxTokens;
  if (request.temperature !== undefined) attributes[ATTR.requestTemperature] = request.temperature;
  attributes[ATTR.outputType] = request.responseFormat === undefined || request.responseFormat.type === 'text' ? 'text' : 'json';
  if (recordContent) attributes[ATTR.inputMessages] = inputMessages(request.messages);
  return attributes;
}

/** The model as the server knows it: the prefixed id without the provider's prefix. */
export function providerModelOf(model: string, modelPrefix: string): string {
  return model.startsWith(modelPrefix) ? model.slice(modelPrefix.length) : model;
}

/** An operation on `model` as its span starts, for the provider `target` names. */
export function operationStart(operation: string, model: string, target: ChatTarget, describe: OperationStart['describe']): OperationStart {
  const { provider, server, streaming } = target;
  return { operation, provider, providerModel: providerModelOf(model, target.modelPrefix), model, server, streaming, describe };
}

/** A chat call as its span starts: `chat {model}`, with the request's options. */
export function chatStart(request: ChatRequest, target: ChatTarget): OperationStart {
  return operationStart('chat', request.model, target, (recordContent) => requestAttributes(request, recordContent));
}

/** A chat result as its span and metrics take it: usage, finish reason, cost and the gateway's call id. */
export function chatOutcome(result: ChatResult, recordContent: boolean): OperationOutcome {
  return {
    usage: result.usage,
    timeToFirstChunkMs: result.timing.timeToFirstTokenMs,
    attributes: () => {
      const attributes: Attributes = {
        [ATTR.responseFinishReasons]: [result.finishReason.raw ?? result.finishReason.unified],
        [ATTR.turns]: result.turns,
        [ATTR.costSource]: result.cost.source,
      };
      if (result.cost.usd !== null) attributes[ATTR.costUsd] = result.cost.usd;
      if (result.gateway.callId !== null) attributes[ATTR.gatewayCallId] = result.gateway.callId;
      if (recordContent) attributes[ATTR.outputMessages] = outputMessages(result);
      return attributes;
    },
  };
}
