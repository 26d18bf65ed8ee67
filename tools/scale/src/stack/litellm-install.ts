import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * The conformance suite's script that installs (once, hash-checked) or finds its pinned LiteLLM release, and
 * its arguments. The scale run uses the same install; pointing it at another release is changing this line.
 */
export const litellmInstallCommand: readonly string[] = ['tools/conformance/scripts/ensure-venv.mjs', '--release', '1.83.14'];

export interface LitellmInstall {
  readonly version: string;
  /** The virtualenv; the proxy is `<venvDir>/bin/litellm`. */
  readonly venvDir: string;
  readonly seconds: number;
}

/** Reads the script's one line: `conformance: LiteLLM <version> installed|found ... in <s> s at <dir>`. */
export function parseInstallLine(output: string): LitellmInstall | undefined {
  const match = /LiteLLM (\S+) .*? in ([\d.]+) s at (\S+)\s*$/m.exec(output);
  if (match === null) return undefined;
  const [, version = '', seconds = '', venvDir = ''] = match;
  return { version, venvDir, seconds: Number(seconds) };
}

/** Runs the install script in a process of its own and reads where it put the proxy. */
export function ensureLitellm(root: string, timeoutMs = 600_000): Promise<LitellmInstall> {
  return new Promise((resolve, reject) => {
    const [script = '', ...args] = litellmInstallCommand;
    execFile(process.execPath, [join(root, script), ...args], { cwd: root, timeout: timeoutMs }, (error, stdout, stderr) => {
      const install = parseInstallLine(stdout);
      if (error === null && install !== undefined) return resolve(install);
      reject(new Error(`the pinned LiteLLM install failed (${litellmInstallCommand.join(' ')}):\n${`${stdout}${stderr}`.trim()}`));
    });
  });
}
