// The cached, hash-checked virtualenv install, for other tools that run a locked Python program.
export { ensureVenv, type EnsureVenvOptions, type VenvReady } from './ensure-venv';
export { defaultPythonCandidates, findPython, type Python } from './find-python';
export { SetupError } from './setup-error';
export { cacheRoot } from './venv-location';
