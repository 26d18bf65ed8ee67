/** The parts of a V8 `.cpuprofile` the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    hitCount?: number;
    children?: number[];
  }[];
  samples: number[];
  /** Microseconds between samples; the first is from `startTime`. */
  timeDeltas: number[];
  /** Microseconds on the monotonic clock, the same clock as `process.hrtime`. */
  startTime: number;
  endTime: number;
}

/** A span of the profiled run on the monotonic clock, in microseconds. */
export interface Window {
  startUs: number;
  endUs: number;
}

/** Names a call frame's place: a source file and line (through a source map when there is one). */
export type Locate = (url: string, line: number, column: number) => string;

export interface HotSpot {
  /** `file:line function` (line of the function's start), or a file or package. */
  name: string;
  /** Share of the sampled time, 0-100. */
  percent: number;
  /** Sampled time, ms: comparable between two profiles of the same workload. */
  ms: number;
}

export interface ProfileSummary {
  durationMs: number;
  samples: number;
  /** Time the samples account for, idle included. */
  sampledMs: number;
  /** Time spent in the function itself. */
  self: HotSpot[];
  /** Time spent in the function and everything it called. */
  inclusive: HotSpot[];
  /** Self time by file or package. */
  byFile: HotSpot[];
  /** Time in a file or package and everything it called (an import's cost, by package). */
  inclusiveByFile: HotSpot[];
}

/** Groups a location by package for `byFile`: `node_modules/openai/...` is `openai`. */
export function fileGroup(location: string): string {
  const file = location.replace(/:\d+$/, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return `package ${inModules[1]}`;
  if (file.startsWith('node:')) return 'node internals';
  return file || '(native / V8)';
}

const top = (times: Map<string, number>, totalUs: number, limit: number): HotSpot[] =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => ({ name, percent: (100 * us) / totalUs, ms: us / 1000 }));

/** A sample: the node it caught and the time since the previous sample (what it stands for). */
interface Sample {
  node: number;
  us: number;
}

/** The samples taken within `window` (all of them without one). */
export function samplesIn(profile: CpuProfile, window?: Window): Sample[] {
  const picked: Sample[] = [];
  let at = profile.startTime;
  profile.samples.forEach((node, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (!window || (at >= window.startUs && at < window.endUs)) picked.push({ node, us });
  });
  return picked;
}

export function summariseProfile(profile: CpuProfile, locate: Locate, options: { limit?: number; window?: Window } = {}): ProfileSummary {
  const limit = options.limit ?? 25;
  const samples = samplesIn(profile, options.window);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** Per node: its hot-spot name, its file group, and whether it is the synthetic root of the tree. */
  const names = new Map<number, { spot: string; file: string; root: boolean }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const location = url ? locate(url, lineNumber, columnNumber) : '';
    const spot = url ? `${location} ${functionName || '(anonymous)'}` : functionName || '(native)';
    names.set(node.id, { spot, file: url ? fileGroup(location) : spot, root: functionName === '(root)' });
  }

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  const filesInclusive = new Map<string, number>();
  const add = (times: Map<string, number>, key: string, us: number) => times.set(key, (times.get(key) ?? 0) + us);
  let totalUs = 0;
  for (const { node, us } of samples) {
    const leaf = names.get(node);
    if (!leaf) continue;
    totalUs += us;
    add(self, leaf.spot, us);
    add(files, leaf.file, us);
    // A recursive function is on the stack more than once but spends the sample once.
    const seen = new Set<string>();
    const seenFiles = new Set<string>();
    for (let id: number | undefined = node; id !== undefined; id = parent.get(id)) {
      const frame = names.get(id);
      if (!frame || frame.root) continue;
      if (!seen.has(frame.spot)) add(inclusive, frame.spot, us);
      if (!seenFiles.has(frame.file)) add(filesInclusive, frame.file, us);
      seen.add(frame.spot);
      seenFiles.add(frame.file);
    }
  }
  const span = options.window ?? { startUs: profile.startTime, endUs: profile.endTime };
  const total = Math.max(1, totalUs);
  return {
    durationMs: (span.endUs - span.startUs) / 1000,
    samples: samples.length,
    sampledMs: totalUs / 1000,
    self: top(self, total, limit),
    inclusive: top(inclusive, total, limit),
    byFile: top(files, total, limit),
    inclusiveByFile: top(filesInclusive, total, limit),
  };
}
