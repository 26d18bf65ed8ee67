import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** tmp/reliability at the workspace root: ignored by git, kept after the run for people to read. */
export const REPORT_DIR = resolve(__dirname, '../../../../tmp/reliability');

/** Writes one report file (markdown) and returns its path. */
export async function writeReport(name: string, text: string): Promise<string> {
  await mkdir(REPORT_DIR, { recursive: true });
  const path = join(REPORT_DIR, name);
  await writeFile(path, text);
  return path;
}

/** A markdown table from a header row and data rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
