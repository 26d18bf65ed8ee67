#!/usr/bin/env node
// `npm run test:conformance`: the scenarios against a real LiteLLM proxy started from the pinned,
// hash-locked install of each release in releases/<version>/requirements.lock (each installed once into a
// cached virtualenv outside the clone).
// See tools/conformance/README.md.
import { runConformance } from './scripts/run-entry.mjs';

await runConformance(process.argv.slice(2));
