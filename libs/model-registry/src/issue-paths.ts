import { type z } from 'zod';

/**
 * The distinct paths of a zod error's issues, for a message that names what is wrong but never echoes input.
 * An unknown key is named by its own path, so a misspelt setting shows where it is.
 */
export function issuePaths(error: z.ZodError, limit = 5): string {
  const paths = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => [...issue.path, key].join('.'))
      : [issue.path.join('.') || '(root)'],
  );
  return [...new Set(paths)].slice(0, limit).join(', ');
}
