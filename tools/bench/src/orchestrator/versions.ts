import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchPaths } from './paths';

function versionAt(...candidates: string[]): string {
  const found = candidates.map((dir) => join(dir, 'package.json')).find((file) => existsSync(file));
  return found ? (JSON.parse(readFileSync(found, 'utf8')) as { version: string }).version : 'missing';
}

/** The commit measured, and whether the libraries had uncommitted changes (others work in the same tree). */
function modelgateVersion(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'libs') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in libs/' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** The commit `--baseline` named, as git resolves it. */
function baselineVersion(root: string, ref: string): string {
  try {
    return `${execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim()} (${ref})`;
  } catch {
    return `unknown (${ref})`;
  }
}

export function readVersions(paths: BenchPaths, baseline: string | null): Record<string, string> {
  const root = join(paths.root, 'node_modules');
  const peers = join(paths.bench, 'node_modules');
  return {
    modelgate: modelgateVersion(paths.root),
    ...(baseline !== null && { 'modelgate-baseline': baselineVersion(paths.root, baseline) }),
    openai: versionAt(join(root, 'openai')),
    zod: versionAt(join(root, 'zod')),
    inversify: versionAt(join(root, 'inversify')),
    ai: versionAt(join(peers, 'ai')),
    '@ai-sdk/openai-compatible': versionAt(join(peers, '@ai-sdk/openai-compatible')),
    '@langchain/openai': versionAt(join(peers, '@langchain/openai')),
    '@langchain/core': versionAt(join(peers, '@langchain/core')),
    'openai (under @langchain/openai)': versionAt(join(peers, '@langchain/openai/node_modules/openai'), join(peers, 'openai')),
  };
}
