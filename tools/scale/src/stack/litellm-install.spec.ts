import { parseInstallLine } from './litellm-install';

describe('parseInstallLine', () => {
  it('reads the version and the venv from a fresh install', () => {
    expect(parseInstallLine('conformance: LiteLLM 1.83.14 installed in 44.85 s at /root/.cache/modelgate/litellm-venv-77\n')).toEqual({
      version: '1.83.14',
      venvDir: '/root/.cache/modelgate/litellm-venv-77',
      seconds: 44.85,
    });
  });

  it('reads a cached install among other lines', () => {
    const output = 'warning: something\nconformance: LiteLLM 1.108.7 found installed (cached) in 0.01 s at /c/v\n';

    expect(parseInstallLine(output)).toMatchObject({ version: '1.108.7', venvDir: '/c/v' });
  });

  it('finds nothing in output without the line', () => {
    expect(parseInstallLine('conformance: could not install requirements.lock')).toBeUndefined();
  });
});
