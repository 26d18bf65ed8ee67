/** ANSI colour codes, which LiteLLM writes even to a pipe. */
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is matched
const colourCodes = /\x1b\[[0-9;]*m/g;

/** Keeps the last lines a process wrote, without colour codes, so a failure can show why. */
export class OutputTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly maxLines = 40) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + String(chunk).replace(colourCodes, '');
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.maxLines) this.lines = this.lines.slice(-this.maxLines);
  }

  text(): string {
    return [...this.lines, this.partial].filter((line) => line.trim() !== '').slice(-this.maxLines).join('\n');
  }
}
