export { createOpenAICompatibleProvider, type OpenAICompatibleProviderOptions } from './provider';
export { OpenAICompatibleConfig, type OpenAICompatibleConfigInput, normaliseBaseUrl } from './config';
export { type ResponseInspector } from './model-call';
export { toProviderError, errorFromBody, type ErrorContext } from './error-mapping';
export * from './discovery';
