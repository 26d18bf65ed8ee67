/** Where the CLI writes: stdout for results, stderr for notices, progress and the one-line error. */
export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export interface Paint {
  dim(text: string): string;
  bold(text: string): string;
  red(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** Colours only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function paintFor(terminal: Terminal): Paint {
  const enabled = terminal.stdout.isTTY === true && !terminal.env['NO_COLOR'];
  if (!enabled) return { dim: (text) => text, bold: (text) => text, red: (text) => text };
  return { dim: ansi(2, 22), bold: ansi(1, 22), red: ansi(31, 39) };
}

const FRAMES = ['-', '\\', '|', '/'];

/**
 * A one-line spinner on stderr while something slow runs, only when stdout is a terminal: piped output
 * and logs get no progress noise. Returns a function that clears the line.
 */
export function showProgress(terminal: Terminal, text: string): () => void {
  if (terminal.stdout.isTTY !== true) return () => undefined;
  let frame = 0;
  const draw = () => terminal.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text}`);
  draw();
  const timer = setInterval(draw, 100);
  timer.unref();
  return () => {
    clearInterval(timer);
    terminal.stderr.write('\r\u001b[2K');
  };
}
