import { thrown } from '@modelgate/testing';
import { loadConfig } from './config';
import { parseTenants } from './tenants';

const TOKEN = 'demo-token-team-a-0001';
const file = (tenants: unknown) => JSON.stringify(tenants);

describe('parseTenants', () => {
  it('reads each tenant with its key from the variable the file names', () => {
    const tenants = parseTenants(file({ [TOKEN]: { keyEnv: 'TEAM_A_KEY', userId: 'u-42' } }), { TEAM_A_KEY: 'sk-team-a' });
    expect(tenants).toEqual([{ token: TOKEN, apiKey: 'sk-team-a', userId: 'u-42', keyEnv: 'TEAM_A_KEY' }]);
  });

  it('names an unset key variable, never a token or key', () => {
    const error = thrown(() => parseTenants(file({ [TOKEN]: { keyEnv: 'TEAM_A_KEY', userId: 'u-42' } }), {}));
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('MODELGATE_TENANTS: the key variable TEAM_A_KEY of user u-42 is not set (or holds spaces)');
  });

  it.each([
    ['not JSON', '{', 'the file is not JSON'],
    ['a short token', file({ short: { keyEnv: 'K', userId: 'u' } }), 'a token must be at least 16 characters'],
    ['an unknown field', file({ [TOKEN]: { keyEnv: 'K', userId: 'u', baseUrl: 'http://x' } }), 'Unrecognized key'],
    ['a bad variable name', file({ [TOKEN]: { keyEnv: 'not a name', userId: 'u' } }), 'must be an environment variable name'],
    ['no tenant', file({}), 'the file declares no tenant'],
  ])('refuses %s as misconfigured, without the token', (_case, text, message) => {
    const error = thrown(() => parseTenants(text, { K: 'sk-k' }));
    expect(error.code).toBe('misconfigured');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('MODELGATE_TENANTS in the configuration', () => {
  it('is the tenants file path, and may not be set together with DEMO_API_TOKEN', () => {
    expect(loadConfig({ MODELGATE_TENANTS: '/etc/tenants.json' }).server.tenantsFile).toBe('/etc/tenants.json');
    const error = thrown(() => loadConfig({ MODELGATE_TENANTS: '/etc/tenants.json', DEMO_API_TOKEN: 'a-token-of-16-chars-at-least' }));
    expect(error.message).toContain('MODELGATE_TENANTS is set together with DEMO_API_TOKEN');
  });
});
