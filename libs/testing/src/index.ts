export * from './odd-values';
export * from './same-as-schema';
export * from './eventually';
export * from './thrown';
export * from './canary';
export * from './model-info';
export * from './heap';
export * from './provider-calls';
