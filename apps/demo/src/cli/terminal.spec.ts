import { PassThrough } from 'node:stream';
import { paintFor, showProgress, type Terminal } from './terminal';

function terminal(isTTY: boolean, env: Record<string, string> = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  const stderr = new PassThrough();
  const written: string[] = [];
  stderr.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  const t: Terminal = { stdout, stderr, env };
  return { terminal: t, written };
}

describe('terminal output', () => {
  it('paints only at a terminal without NO_COLOR', () => {
    expect(paintFor(terminal(true).terminal).bold('x')).toBe('\u001b[1mx\u001b[22m');
    expect(paintFor(terminal(false).terminal).bold('x')).toBe('x');
    expect(paintFor(terminal(true, { NO_COLOR: '1' }).terminal).red('x')).toBe('x');
  });

  it('draws progress at a terminal and clears it when done', async () => {
    const { terminal: t, written } = terminal(true);
    const done = showProgress(t, 'Discovering models');
    done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.join('')).toBe('\r- Discovering models\r\u001b[2K');
  });

  it('writes no progress when stdout is piped', async () => {
    const { terminal: t, written } = terminal(false);
    showProgress(t, 'Discovering models')();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([]);
  });
});
