import { captureLogs as capture } from '../test-support/log-capture';
import { createDemoLogger, toModelgateLogger } from './logger';

describe('createDemoLogger', () => {
  const canary = 'sk-canary-logger-0001';

  it('writes one JSON line per entry at or above its level', () => {
    const { lines, destination } = capture();
    const logger = createDemoLogger({ level: 'info', destination });
    logger.debug('hidden');
    logger.info({ provider: 'litellm' }, 'discovered');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, provider: 'litellm', msg: 'discovered' });
  });

  it('redacts keys, authorization headers and prompts wherever they sit', () => {
    const { lines, destination } = capture();
    const logger = createDemoLogger({ level: 'info', destination });
    logger.info(
      {
        apiKey: canary,
        req: { headers: { authorization: `Bearer ${canary}` } },
        request: { messages: [{ role: 'user', content: 'secret prompt' }], body: 'raw body' },
      },
      'call',
    );
    expect(lines[0]).not.toContain(canary);
    expect(lines[0]).not.toContain('secret prompt');
    expect(lines[0]).not.toContain('raw body');
    expect(JSON.parse(lines[0]!).apiKey).toBe('[redacted]');
  });

  it('cuts key-shaped text out of messages', () => {
    const { lines, destination } = capture();
    toModelgateLogger(createDemoLogger({ level: 'warn', destination })).warn({}, `upstream said: bad key ${canary}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(canary);
    expect(JSON.parse(lines[0]!).msg).toBe('upstream said: bad key [redacted]');
  });

  it('stays quiet when silent', () => {
    const { lines, destination } = capture();
    createDemoLogger({ level: 'silent', destination }).error('nothing');
    expect(lines).toEqual([]);
  });
});
