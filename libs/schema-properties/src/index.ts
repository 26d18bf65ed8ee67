export * from './odd-values';
export * from './same-as-schema';
