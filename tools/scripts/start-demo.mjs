#!/usr/bin/env node
// `npm start -- [command] [options]`: bundles the demo with esbuild (the node CLI and server, and the browser
// page) into dist/apps/demo, then runs the CLI in this process with the given arguments.
//
//   node tools/scripts/start-demo.mjs models --json     build, then run `models --json`
//   node tools/scripts/start-demo.mjs --build-only [--outdir <dir>]
//                                                       build only (the tests build into a folder of their own)
//
// Workspace libraries (@modelgate/*) resolve through tsconfig paths and are bundled; npm packages stay
// external and load from node_modules. esbuild emits no decorator metadata, which the libraries do not need:
// they name every constructor dependency with an explicit @inject.
import { copyFile, mkdir } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'apps/demo');
const tsconfig = join(app, 'tsconfig.json');

/**
 * zod's namespace object re-exports all of its ~40 locales (`z.locales`), which no bundler can drop once
 * `z` is used as a value: they would be two thirds of the page's script. The page speaks English only, so
 * the locale index resolves to the English locale alone.
 */
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/** Builds the node entry (`main.mjs`) and the page (`web/index.html`, `web/app.js`, `web/app.css`). */
async function buildDemo(outdir) {
  const web = join(outdir, 'web');
  await mkdir(web, { recursive: true });
  const common = { bundle: true, tsconfig, logLevel: 'warning', sourcemap: 'linked', absWorkingDir: root };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(app, 'src/main.ts')],
      outfile: join(outdir, 'main.mjs'),
      platform: 'node',
      target: 'node22',
      format: 'esm',
      packages: 'external',
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(app, 'src/web/main.ts')],
      outfile: join(web, 'app.js'),
      platform: 'browser',
      target: ['chrome110', 'firefox115', 'safari16'],
      format: 'esm',
      minify: true,
      plugins: [englishZodLocales],
    }),
    copyFile(join(app, 'src/web/index.html'), join(web, 'index.html')),
    copyFile(join(app, 'src/web/app.css'), join(web, 'app.css')),
  ]);
  await esbuild.stop();
}

async function main(args) {
  if (args[0] === '--build-only') {
    const at = args.indexOf('--outdir');
    if (at !== -1 && !args[at + 1]) throw new Error('--outdir needs a folder');
    await buildDemo(at === -1 ? join(root, 'dist/apps/demo') : resolve(args[at + 1]));
    return;
  }
  const outdir = join(root, 'dist/apps/demo');
  try {
    await buildDemo(outdir);
  } catch (error) {
    // esbuild has printed the details already; one line says what failed.
    process.stderr.write(`error build: the demo did not build (${error.message.split('\n')[0]})\n`);
    process.exitCode = 2;
    return;
  }
  process.setSourceMapsEnabled(true);
  // The demo loads some 700 modules (openai, zod, inversify, fastify, pino and its own bundle); Node keeps
  // their compiled code on disk, so a later start compiles none of them again (`npm run bench` reports the
  // import with and without this cache).
  enableCompileCache();
  // The CLI reads process.argv.slice(2), which is exactly the arguments given to this script.
  await import(pathToFileURL(join(outdir, 'main.mjs')).href);
}

await main(process.argv.slice(2));
