import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeVenv, readRecord, temporaryDirectory } from '../test-support/fake-programs';
import { startLitellmProxy } from './litellm-proxy';
import { isProcessAlive } from './process-table';

/** The fake's record, once it has written it (it does so before listening). */
async function untilRecorded(path: string) {
  for (;;) {
    const record = await readRecord(path).catch(() => undefined);
    if (record !== undefined) return record;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startLitellmProxy', () => {
  const dirs: string[] = [];
  const simulatorUrl = 'http://127.0.0.1:4010';

  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function setUp(mode: string) {
    const venvDir = await fakeVenv();
    const workDir = await temporaryDirectory();
    dirs.push(venvDir, workDir);
    const recordPath = join(workDir, 'record.json');
    const env = { ...process.env, FAKE_MODE: mode, FAKE_RECORD: recordPath, DATABASE_URL: 'postgres://elsewhere' };
    return { venvDir, workDir, recordPath, env };
  }

  it('runs bin/litellm from the venv with the written config, on loopback, in the work directory', async () => {
    const { venvDir, workDir, recordPath, env } = await setUp('ready');

    const proxy = await startLitellmProxy({ venvDir, workDir, env, masterKey: 'sk-conformance-spec', simulatorUrl });
    const record = await readRecord(recordPath);
    await proxy.stop();

    const configPath = join(workDir, 'config.yaml');
    expect(record.argv).toEqual([
      ...['--config', configPath, '--host', '127.0.0.1', '--port', new URL(proxy.baseUrl).port],
      ...['--num_workers', '1', '--telemetry', 'False'],
    ]);
    expect(record.cwd).toBe(workDir);
    expect(JSON.parse(await readFile(configPath, 'utf8'))).toMatchObject({
      general_settings: { master_key: 'sk-conformance-spec' },
    });
    expect(proxy.version).toBe('0.0.0-fake');
  });

  it("gives the proxy an offline environment without the caller's database settings", async () => {
    const { venvDir, workDir, recordPath, env } = await setUp('ready');

    const proxy = await startLitellmProxy({ venvDir, workDir, env, masterKey: 'sk-conformance-spec', simulatorUrl });
    const record = await readRecord(recordPath);
    await proxy.stop();

    expect(record.env['LITELLM_LOCAL_MODEL_COST_MAP']).toBe('True');
    expect(record.env['DATABASE_URL']).toBeUndefined();
  });

  it('stops the proxy and its children when it does not become ready, and says why', async () => {
    const { venvDir, workDir, recordPath, env } = await setUp('never');

    const starting = startLitellmProxy({ venvDir, workDir, env, masterKey: 'sk-x', simulatorUrl, readinessTimeoutMs: 3000 });
    const record = await untilRecorded(recordPath);

    await expect(starting).rejects.toThrow(/not ready within 3 s/);
    expect(isProcessAlive(record.childPid)).toBe(false);
  });
});
