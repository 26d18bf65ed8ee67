import { postJson, useSimulator, userSays } from './test-support/http';

describe('hostile input', () => {
  const simulator = useSimulator();

  it('refuses a body over 10 MiB with 413 and keeps serving', async () => {
    const huge = JSON.stringify({ model: 'gpt-4o-mini', messages: userSays('x'.repeat(11 * 1024 * 1024)) });
    const response = await postJson(`${simulator().url}/v1/chat/completions`, huge);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('413');
    expect((await fetch(`${simulator().url}/health/liveliness`)).status).toBe(200);
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['deeply nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['a prototype key', '{"__proto__":{"polluted":true},"model":"gpt-4o-mini","messages":[{"role":"user","content":"q"}]}'],
    ['messages of the wrong shape', '{"model":"gpt-4o-mini","messages":[1,2,3]}'],
    ['tools of the wrong shape', '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"q"}],"tools":"all"}'],
  ])('answers %s without crashing', async (_, body) => {
    const response = await postJson(`${simulator().url}/v1/chat/completions`, body);
    expect(response.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await fetch(`${simulator().url}/health/liveliness`)).status).toBe(200);
  });

  it('answers a path with broken percent-encoding', async () => {
    expect((await fetch(`${simulator().url}/v1/models/%E0%A4%A`)).status).toBe(404);
  });
});
