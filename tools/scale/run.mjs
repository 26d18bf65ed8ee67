#!/usr/bin/env node
// `npm run test:scale`: LiteLLM replicas sharing Redis behind nginx, two demo instances behind it, and the
// failover scenarios. Bundles src/index.ts with esbuild (workspace libraries through tsconfig paths, npm
// packages from node_modules) and runs it here. See tools/scale/README.md.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'dist/tools/scale/index.mjs');
await esbuild.build({
  entryPoints: [join(root, 'tools/scale/src/index.ts')],
  outfile: bundle,
  tsconfig: join(root, 'tools/scale/tsconfig.json'),
  absWorkingDir: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: 'inline',
  logLevel: 'warning',
});
await esbuild.stop();
process.setSourceMapsEnabled(true);
const { runScale } = await import(pathToFileURL(bundle).href);
process.exitCode = await runScale({ root, chats: 1000, rpm: 3, deadlineMs: 330_000 });
