import { join } from 'node:path';
import { type ClientName } from '../shared/metrics';

/** Where things are; run.mjs knows the folders, the bundles do not. */
export interface BenchPaths {
  root: string;
  bench: string;
  build: string;
  results: string;
  profiles: string;
}

export function benchPaths(root: string, bench: string): BenchPaths {
  return { root, bench, build: join(bench, '.build'), results: join(bench, 'results'), profiles: join(bench, 'profiles') };
}

/** Our clients are bundles (modelgate's TypeScript with its path aliases); the peers are plain modules. */
export function clientEntry(paths: BenchPaths, client: ClientName): string {
  switch (client) {
    case 'fetch':
      return join(paths.build, 'clients', 'fetch.cjs');
    case 'openai':
      return join(paths.build, 'clients', 'openai-sdk.cjs');
    case 'modelgate':
      return join(paths.build, 'clients', 'modelgate.cjs');
    case 'modelgate-baseline':
      return join(paths.build, 'clients', 'modelgate-baseline.cjs');
    case 'ai-sdk':
      return join(paths.bench, 'clients', 'ai-sdk.mjs');
    case 'langchain':
      return join(paths.bench, 'clients', 'langchain.mjs');
  }
}
