import { HmacKeyScope } from './hmac-key-scope';

describe('HmacKeyScope', () => {
  it('gives one key one scope id, and different keys different ids', () => {
    const scopes = new HmacKeyScope();
    expect(scopes.of('sk-team-a')).toBe(scopes.of('sk-team-a'));
    expect(scopes.of('sk-team-a')).not.toBe(scopes.of('sk-team-b'));
    expect(scopes.of('sk-team-a')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('derives ids under its secret, so another process cannot recompute them from a guessed key', () => {
    const one = new HmacKeyScope(Buffer.alloc(32, 1));
    const other = new HmacKeyScope(Buffer.alloc(32, 2));
    expect(one.of('sk-team-a')).not.toBe(other.of('sk-team-a'));
    expect(one.of('sk-team-a')).not.toContain('team-a');
  });
});
