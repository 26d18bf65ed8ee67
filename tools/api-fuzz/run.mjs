#!/usr/bin/env node
// `npm run test:api-fuzz`: schemathesis, installed from the hash-locked requirements.lock into a cached
// virtualenv outside the clone, against `npm start -- serve` on the embedded simulator. See README.md.
// `--venv-only` stops after the install. The TypeScript entry is bundled with esbuild, as the demo is.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = join(root, 'dist/tools/api-fuzz/main.mjs');
await esbuild.build({
  entryPoints: [join(root, 'tools/api-fuzz/src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  tsconfig: join(root, 'tools/api-fuzz/tsconfig.json'),
  logLevel: 'warning',
  absWorkingDir: root,
});
await esbuild.stop();
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main({ root, argv: process.argv.slice(2), env: process.env });
