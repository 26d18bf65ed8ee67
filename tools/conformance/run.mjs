#!/usr/bin/env node
// `npm run test:conformance`: the scenarios against a real LiteLLM proxy started from the pinned,
// hash-locked install in requirements.lock (installed once into a cached virtualenv outside the clone).
// See tools/conformance/README.md.
import { runConformance } from './scripts/run-entry.mjs';

await runConformance(process.argv.slice(2));
