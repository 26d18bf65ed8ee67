import { type z } from 'zod';

/**
 * The distinct paths of a zod error's issues (`messages.0.content, model`), for an error message that names
 * what is wrong but never echoes the input. An unknown key is named by its own path, so a misspelt setting
 * shows where it is.
 */
export function issuePaths(error: z.ZodError, limit = 5): string {
  const paths = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => joinPath([...issue.path, key]))
      : [joinPath(issue.path) || '(root)'],
  );
  return [...new Set(paths)].slice(0, limit).join(', ');
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
