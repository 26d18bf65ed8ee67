import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** The projects nx considers affected by a change to these files, from the real project graph. */
function affectedBy(...files: string[]): string[] {
  const output = execFileSync(
    process.execPath,
    [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects', '--affected', `--files=${files.join(',')}`, '--json'],
    { cwd: root, env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' }, encoding: 'utf8' },
  );
  return (JSON.parse(output) as string[]).sort();
}

describe('nx affected over the project graph', () => {
  it('runs a change in model-registry through its dependents and nothing unrelated', () => {
    const affected = affectedBy('libs/model-registry/src/index.ts');
    expect(affected).toEqual(
      expect.arrayContaining(['model-registry', 'model-store', 'provider-openai-compatible', 'provider-litellm', 'provider-runtime', 'demo']),
    );
    expect(affected).not.toContain('provider-contracts');
    expect(affected).not.toContain('message-formatting');
    expect(affected).not.toContain('gateway-simulator');
  });

  it('keeps a change in the simulator away from the domain libraries', () => {
    const affected = affectedBy('libs/gateway-simulator/src/index.ts');
    expect(affected).toContain('gateway-simulator');
    expect(affected).toContain('provider-litellm');
    expect(affected).not.toContain('model-registry');
    expect(affected).not.toContain('provider-contracts');
  });
});
