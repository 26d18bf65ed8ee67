import { proxyEnvironment } from './proxy-environment';

describe('proxyEnvironment', () => {
  const env = proxyEnvironment({
    PATH: '/usr/bin',
    HOME: '/home/dev',
    DATABASE_URL: 'postgres://db',
    LITELLM_MASTER_KEY: 'sk-from-shell',
    REDIS_HOST: 'cache',
    PORT: '4000',
    OPENAI_API_KEY: 'sk-real',
  });

  it('keeps the ordinary environment', () => {
    expect(env).toMatchObject({ PATH: '/usr/bin', HOME: '/home/dev' });
  });

  it('drops settings that would give the proxy a database, another key or another port', () => {
    for (const name of ['DATABASE_URL', 'LITELLM_MASTER_KEY', 'REDIS_HOST', 'PORT', 'OPENAI_API_KEY']) {
      expect(env[name]).toBeUndefined();
    }
  });

  it('keeps the proxy offline: local cost map, no .env loading, loopback without a web proxy', () => {
    expect(env).toMatchObject({
      LITELLM_LOCAL_MODEL_COST_MAP: 'True',
      LITELLM_MODE: 'PRODUCTION',
      NO_PROXY: '127.0.0.1,localhost',
    });
  });
});
