/** How much work one worker does per workload; `--quick` is for development, not for numbers. */
export interface WorkloadPlan {
  warmupRequests: number;
  sequentialRequests: number;
  concurrentRequests: number;
  concurrency: number;
  streamRuns: number;
  streamChunks: number;
  toolRuns: number;
  longStreamChunks: number;
  discoveryRuns: number;
  lookupModels: number;
  lookups: number;
  memoryWarmup: number;
  memoryCalls: number;
  /** Short texts embedded in one call, and how many such calls are timed. */
  embedTexts: number;
  embedRuns: number;
  /** Blocks of plain calls each client makes in turn, and the calls in a block (telemetry on and off). */
  telemetryBlocks: number;
  telemetryBlockCalls: number;
}

export const FULL_PLAN: WorkloadPlan = {
  warmupRequests: 300,
  sequentialRequests: 2000,
  concurrentRequests: 4000,
  concurrency: 16,
  streamRuns: 20,
  streamChunks: 2000,
  toolRuns: 200,
  longStreamChunks: 100_000,
  discoveryRuns: 10,
  lookupModels: 10_000,
  lookups: 1_000_000,
  memoryWarmup: 1000,
  memoryCalls: 5000,
  embedTexts: 10_000,
  embedRuns: 5,
  telemetryBlocks: 20,
  telemetryBlockCalls: 250,
};

/** Same shapes (chunk counts, model counts, concurrency), fewer repetitions. */
export const QUICK_PLAN: WorkloadPlan = {
  ...FULL_PLAN,
  warmupRequests: 50,
  sequentialRequests: 300,
  concurrentRequests: 600,
  streamRuns: 5,
  toolRuns: 30,
  discoveryRuns: 3,
  memoryWarmup: 200,
  memoryCalls: 1000,
  embedRuns: 1,
  telemetryBlocks: 4,
  telemetryBlockCalls: 100,
};
