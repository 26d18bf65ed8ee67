import { type ChatRequest, type ModelInfo, ProviderError } from '@modelgate/provider-contracts';

/**
 * Refuses, before any request leaves, a call the gateway has said the model cannot take: tools to a model
 * whose `capabilities.tools` is false (LiteLLM's `supports_function_calling: false`), and a wildcard route
 * (`openai/*`), which is a route and never a model. Unknown capabilities (null) and models discovery did not
 * list are left to the gateway. Images and PDFs are checked where messages are formatted.
 */
export function assertModelTakes(request: Pick<ChatRequest, 'model' | 'tools'>, model: ModelInfo | undefined): void {
  if (request.model.includes('*')) {
    const message = `${request.model} is a wildcard route, not a model: name one of the models it serves`;
    throw new ProviderError({ code: 'bad_request', message, retryable: false });
  }
  if ((request.tools?.length ?? 0) > 0 && model?.capabilities.tools === false) {
    const message = `model ${model.id} does not take tools (capabilities.tools is false)`;
    throw new ProviderError({ code: 'bad_request', message, retryable: false });
  }
}
