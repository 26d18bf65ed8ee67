export { createOpenAICompatibleProvider, type OpenAICompatibleProviderOptions } from './provider';
export { OpenAICompatibleConfig, type OpenAICompatibleConfigInput, normaliseBaseUrl } from './config';
export { type ResponseInspector } from './model-call';
export { toProviderError, errorFromBody, type ErrorContext } from './error-mapping';
export { type AnswerCode, type ErrorAnswer, type ErrorClassifier, type ErrorReading } from './error-reading';
export { type AnswerReviser, type ServerHooks } from './server-hooks';
export * from './discovery';
