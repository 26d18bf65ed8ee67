#!/usr/bin/env node
// Installs (or finds cached) the virtualenv with the LiteLLM proxy pinned in requirements.lock, prints where
// and how long it took, and stops: `node tools/conformance/scripts/ensure-venv.mjs`.
import { runConformance } from './run-entry.mjs';

await runConformance(['--venv-only']);
