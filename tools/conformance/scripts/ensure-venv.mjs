#!/usr/bin/env node
// Installs (or finds cached) the virtualenv of every release in src/releases.ts, from its hash-locked lock, prints where
// and how long it took, and stops: `node tools/conformance/scripts/ensure-venv.mjs [--release <version>]`.
import { runConformance } from './run-entry.mjs';

await runConformance(['--venv-only', ...process.argv.slice(2)]);
