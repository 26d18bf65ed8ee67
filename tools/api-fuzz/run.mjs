#!/usr/bin/env node
// `npm run test:api-fuzz`: schemathesis, installed from the hash-locked requirements.lock into a cached
// virtualenv outside the clone, against `npm start -- serve` on the embedded simulator. See README.md.
// `--venv-only` stops after the install. The TypeScript entry is bundled and run as conformance's is.
import { runToolEntry } from '../conformance/scripts/run-entry.mjs';

await runToolEntry('tools/api-fuzz', process.argv.slice(2));
