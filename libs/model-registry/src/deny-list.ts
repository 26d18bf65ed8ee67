/**
 * The registry's deny list, compiled once. Provider entries are a set look-up; every model glob is folded
 * into one anchored regular expression, so checking an id costs one match however many globs there are.
 * `*` matches any run of characters, `/` included: gateway model names nest (`litellm/openai/gpt-4o`), and a
 * deny list that errs towards denying is the safe side.
 */
export class DenyList {
  private readonly providerIds: ReadonlySet<string>;
  private readonly modelPattern: RegExp | null;

  constructor(entries: readonly string[]) {
    const globs = entries.filter((entry) => entry.includes('/'));
    this.providerIds = new Set(entries.filter((entry) => !entry.includes('/')));
    this.modelPattern = globs.length === 0 ? null : new RegExp(`^(?:${globs.map(globToSource).join('|')})$`, 's');
  }

  isProviderDenied(providerId: string): boolean {
    return this.providerIds.has(providerId);
  }

  /** `providerId` is the owner the registry resolved, which may differ from the id's first segment. */
  isModelDenied(modelId: string, providerId?: string): boolean {
    if (this.providerIds.size > 0) {
      if (providerId !== undefined && this.providerIds.has(providerId)) return true;
      // Only with provider entries: the slice is a new string per id, thousands of them per discovery.
      const slash = modelId.indexOf('/');
      if (slash > 0 && this.providerIds.has(modelId.slice(0, slash))) return true;
    }
    return this.modelPattern?.test(modelId) ?? false;
  }
}

function globToSource(glob: string): string {
  return glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
}
