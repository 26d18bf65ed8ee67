import type OpenAI from 'openai';
import type { ChatRequest, ResponseFormat, ToolChoice, ToolDefinition } from '@modelgate/provider-contracts';
import { optionBodyFields } from './request-options-wire';

export type WireMessage = OpenAI.Chat.ChatCompletionMessageParam;
export type WireBody = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
export type WireStreamingBody = OpenAI.Chat.ChatCompletionCreateParamsStreaming;

export function toWireTools(tools: readonly ToolDefinition[]): OpenAI.Chat.ChatCompletionFunctionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      parameters: tool.parameters,
    },
  }));
}

export function toWireToolChoice(choice: ToolChoice): OpenAI.Chat.ChatCompletionToolChoiceOption {
  return typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
}

/** `text` is the default and is left out: some OpenAI-compatible servers reject an explicit one. */
export function toWireResponseFormat(format: ResponseFormat): WireBody['response_format'] {
  switch (format.type) {
    case 'text':
      return undefined;
    case 'json_object':
      return { type: 'json_object' };
    case 'json_schema':
      return {
        type: 'json_schema',
        json_schema: {
          name: format.name,
          schema: format.schema,
          ...(format.strict === undefined ? {} : { strict: format.strict }),
        },
      };
  }
}

/**
 * What stays the same on every turn of a call: everything but the messages and the tool choice. `provider`
 * picks the request's `providerOptions` that go along.
 */
export function buildBaseBody(request: ChatRequest, providerModel: string, provider?: string): Omit<WireBody, 'messages'> {
  const tools = request.tools && request.tools.length > 0 ? toWireTools(request.tools) : undefined;
  const responseFormat = request.responseFormat && toWireResponseFormat(request.responseFormat);
  return {
    ...optionBodyFields(request, provider, tools !== undefined),
    model: providerModel,
    ...(tools && { tools }),
    ...(responseFormat && { response_format: responseFormat }),
    ...(request.temperature !== undefined && { temperature: request.temperature }),
    // `max_tokens` rather than `max_completion_tokens`: LiteLLM maps it to each backend's own name.
    ...(request.maxTokens !== undefined && { max_tokens: request.maxTokens }),
    ...(request.reasoningEffort !== undefined && { reasoning_effort: request.reasoningEffort }),
  };
}

/** One turn's body; `tool_choice` is only sent when there are tools to choose from. */
export function buildTurnBody(
  base: Omit<WireBody, 'messages'>,
  messages: WireMessage[],
  toolChoice: ToolChoice | undefined,
): WireBody {
  return {
    ...base,
    messages,
    ...(base.tools && toolChoice !== undefined && { tool_choice: toWireToolChoice(toolChoice) }),
  };
}

/** The streaming form of a body: usage comes as a last chunk with `choices: []`. */
export function toStreamingBody(body: WireBody): WireStreamingBody {
  return { ...body, stream: true, stream_options: { include_usage: true } };
}
