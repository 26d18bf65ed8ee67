import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OLDEST_SUPPORTED_LITELLM } from '@modelgate/provider-litellm';
import { litellmReleases, lockPathOf } from './releases';
import { pinnedLitellmVersion } from './venv/venv-location';

const root = join(__dirname, '../../..');

describe('litellmReleases', () => {
  it('starts with the oldest release the LiteLLM library says it supports', () => {
    expect(litellmReleases[0]).toBe(OLDEST_SUPPORTED_LITELLM);
  });

  it.each(litellmReleases)('has a lock file for %s that pins exactly that release', (version) => {
    expect(pinnedLitellmVersion(readFileSync(join(root, lockPathOf(version)), 'utf8'))).toBe(version);
  });
});
