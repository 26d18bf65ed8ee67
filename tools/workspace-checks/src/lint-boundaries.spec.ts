import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/**
 * Lints source text as if it lived at `file` (the real ESLint CLI with the workspace config, in its own
 * process: the config is an ES module), and returns the rule ids it breaks.
 */
async function rulesBrokenBy(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the workspace lint rules', () => {
  it('refuse an import against the layers (contracts importing the runtime)', async () => {
    const broken = await rulesBrokenBy(
      'libs/provider-contracts/src/wrong-way.ts',
      "import { createModelgate } from '@modelgate/provider-runtime';\nexport const x = createModelgate;\n",
    );
    expect(broken).toContain('@nx/enforce-module-boundaries');
  });

  it('refuse a domain library importing a provider library', async () => {
    const broken = await rulesBrokenBy(
      'libs/model-registry/src/wrong-way.ts',
      "import { litellmModule } from '@modelgate/provider-litellm';\nexport const x = litellmModule;\n",
    );
    expect(broken).toContain('@nx/enforce-module-boundaries');
  });

  it('allow the same import the right way round (the runtime importing contracts)', async () => {
    const broken = await rulesBrokenBy(
      'libs/provider-runtime/src/right-way.ts',
      "import { ProviderError } from '@modelgate/provider-contracts';\nexport const x = ProviderError;\n",
    );
    expect(broken).not.toContain('@nx/enforce-module-boundaries');
  });

  it('refuse the openai SDK outside the provider layer', async () => {
    const broken = await rulesBrokenBy(
      'libs/provider-runtime/src/sdk.ts',
      "import OpenAI from 'openai';\nexport const x = OpenAI;\n",
    );
    expect(broken).toContain('@nx/enforce-module-boundaries');
  });

  it('refuse library code using the gateway simulator, but allow its tests to', async () => {
    const code = "import { startGatewaySimulator } from '@modelgate/gateway-simulator';\nexport const x = startGatewaySimulator;\n";
    expect(await rulesBrokenBy('libs/provider-litellm/src/uses-sim.ts', code)).toContain('@nx/enforce-module-boundaries');
    expect(await rulesBrokenBy('libs/provider-litellm/src/uses-sim.spec.ts', code)).not.toContain(
      '@nx/enforce-module-boundaries',
    );
  });

  it('refuse the OpenTelemetry SDK in library code, allowing the API there and the SDK in tests and apps', async () => {
    const sdk = "import { TracerProvider } from '@opentelemetry/sdk-trace';\nexport const x = TracerProvider;\n";
    const api = "import { trace } from '@opentelemetry/api';\nexport const x = trace;\n";
    expect(await rulesBrokenBy('libs/telemetry/src/sdk.ts', sdk)).toContain('@nx/enforce-module-boundaries');
    expect(await rulesBrokenBy('libs/provider-openai-compatible/src/sdk.ts', sdk)).toContain('@nx/enforce-module-boundaries');
    expect(await rulesBrokenBy('libs/telemetry/src/api.ts', api)).not.toContain('@nx/enforce-module-boundaries');
    expect(await rulesBrokenBy('libs/telemetry/src/sdk.spec.ts', sdk)).not.toContain('@nx/enforce-module-boundaries');
    expect(await rulesBrokenBy('apps/demo/src/telemetry/sdk.ts', sdk)).not.toContain('@nx/enforce-module-boundaries');
  });

  it('refuse process.env in library code', async () => {
    const broken = await rulesBrokenBy('libs/provider-litellm/src/env.ts', 'export const url = process.env.LITELLM_BASE_URL;\n');
    expect(broken).toContain('no-restricted-properties');
  });

  it('refuse node built-ins in browser-safe libraries', async () => {
    const broken = await rulesBrokenBy('libs/model-store/src/fs.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n");
    expect(broken).toContain('no-restricted-imports');
  });
});
