import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { litellmReleases, lockPathOf } from '../releases';
import { cacheRoot, pinnedLitellmVersion, venvDirFor } from './venv-location';

describe('cacheRoot', () => {
  it('is XDG_CACHE_HOME when set', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/var/cache/ci', HOME: '/home/dev' })).toBe('/var/cache/ci');
  });

  it('is ~/.cache otherwise', () => {
    expect(cacheRoot({ HOME: '/home/dev' })).toBe('/home/dev/.cache');
  });
});

describe('venvDirFor', () => {
  it('names the venv by the first 16 hex digits of the lock file sha256', () => {
    const lock = 'litellm==1.83.14 --hash=sha256:00\n';
    const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);

    expect(venvDirFor(lock, '/cache')).toBe(`/cache/modelgate/litellm-venv-${key}`);
  });

  it('keeps the venv of another program apart, named by it', () => {
    const lock = 'schemathesis==4.32.5 --hash=sha256:00\n';
    const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);

    expect(venvDirFor(lock, '/cache', 'schemathesis')).toBe(`/cache/modelgate/schemathesis-venv-${key}`);
  });

  it('gives a changed lock file a new venv', () => {
    expect(venvDirFor('litellm==1.83.14\n', '/cache')).not.toBe(venvDirFor('litellm==1.83.13\n', '/cache'));
  });
});

describe('pinnedLitellmVersion', () => {
  it('reads the version with or without extras', () => {
    expect(pinnedLitellmVersion('litellm[proxy]==1.83.14 \\\n    --hash=sha256:ab\n')).toBe('1.83.14');
    expect(pinnedLitellmVersion('httpx==0.28.1\nlitellm==1.90.0\n')).toBe('1.90.0');
  });

  it('ignores packages whose names only start with litellm', () => {
    expect(pinnedLitellmVersion('litellm-enterprise==0.1.39\n')).toBeUndefined();
  });
});

describe.each(litellmReleases)('the lock file of %s', (release) => {
  const lock = readFileSync(join(__dirname, '../../../..', lockPathOf(release)), 'utf8');
  const requirements = lock.split(/\n(?=\S)/).filter((block) => /^[a-z0-9]/i.test(block));

  it('pins LiteLLM at 1.83.10 or later, never a release reported malicious or compromised', () => {
    const version = pinnedLitellmVersion(lock)!;
    const [major, minor, patch] = version.split('.').map(Number);

    expect(major).toBe(1);
    expect(minor! * 1000 + patch!).toBeGreaterThanOrEqual(83_010);
    expect(['1.82.7', '1.82.8']).not.toContain(version);
    expect(minor).not.toBe(107);
  });

  it('pins every requirement to one exact version with at least one sha256 hash', () => {
    expect(requirements.length).toBeGreaterThan(50);
    for (const block of requirements) {
      expect(block).toMatch(/^[A-Za-z0-9._-]+(\[[^\]]+\])?==\S+ \\\n(\s+--hash=sha256:[0-9a-f]{64}( \\)?\n?)+/);
    }
  });

  it('names no index or extra source, so pip installs only from its configured registry', () => {
    expect(lock).not.toMatch(/^--(index-url|extra-index-url|find-links)/m);
  });
});
