import { type ChatRequest, wireMetadata } from '@modelgate/provider-contracts';

/** Body fields of the sampling options, attribution and provider options: only what the request sets. */
export type OptionBodyFields = Record<string, unknown>;

/**
 * The request's common options in the OpenAI wire names, each only when set. `parallel_tool_calls` goes only
 * with tools (OpenAI refuses it without). A provider's own fields go first, so nothing here can be
 * overwritten by them even if a request skipped the contract's check.
 */
export function optionBodyFields(request: ChatRequest, provider: string | undefined, hasTools: boolean): OptionBodyFields {
  const fields: OptionBodyFields = { ...(provider === undefined ? undefined : request.providerOptions?.[provider]) };
  const set = (name: string, value: unknown): void => {
    if (value !== undefined) fields[name] = value;
  };
  set('top_p', request.topP);
  set('stop', request.stop);
  set('seed', request.seed);
  set('presence_penalty', request.presencePenalty);
  set('frequency_penalty', request.frequencyPenalty);
  if (hasTools) set('parallel_tool_calls', request.parallelToolCalls);
  set('logprobs', request.logprobs);
  set('top_logprobs', request.topLogprobs);
  set('n', request.n);
  set('user', request.user);
  set('metadata', wireMetadata(request));
  return fields;
}
