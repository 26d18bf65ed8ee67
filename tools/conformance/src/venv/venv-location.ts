import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_CACHE_HOME`, else `~/.cache`: outside the clone, so a fresh clone reuses the install. */
export function cacheRoot(env: NodeJS.ProcessEnv): string {
  const xdg = env['XDG_CACHE_HOME'];
  return xdg !== undefined && xdg !== '' ? xdg : join(env['HOME'] ?? homedir(), '.cache');
}

/**
 * One virtualenv per lock file content: a changed lock gets a new venv, the old one is left alone. `name`
 * (the program it installs) keeps the venvs of different tools apart.
 */
export function venvDirFor(lock: Buffer | string, root: string, name = 'litellm'): string {
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);
  return join(root, 'modelgate', `${name}-venv-${key}`);
}

/** The exact LiteLLM version a lock file pins (`litellm==x` or `litellm[proxy]==x`). */
export function pinnedLitellmVersion(lock: string): string | undefined {
  return /^litellm(?:\[[^\]]*\])?==([^\s\\;]+)/m.exec(lock)?.[1];
}
