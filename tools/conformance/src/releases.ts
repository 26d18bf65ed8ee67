/**
 * The LiteLLM releases every scenario runs against, oldest first: the oldest one modelgate supports and the
 * newest that installs from the package registry here (FINDINGS.md says why not a newer one). Each has its
 * own hash-locked install in `releases/<version>/requirements.lock`; a release more is one line here and
 * that lock file.
 */
export const litellmReleases: readonly string[] = ['1.83.14', '1.108.7'];

/** Where a release's lock file is, from the repository root. */
export function lockPathOf(version: string): string {
  return `tools/conformance/releases/${version}/requirements.lock`;
}
