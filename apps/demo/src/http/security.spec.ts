import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorBody, ModelsResponse } from '../shared/api-contract';
import { type Harness, startHarness } from '../test-support/demo-harness';

const TOKEN = 'demo-token-canary-0123456789';

describe('the demo server', () => {
  let harness: Harness;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'demo-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(webRoot, 'app.js'), 'console.log(1)');
    await writeFile(join(webRoot, 'app.css'), 'body{}');
  });
  afterAll(() => rm(webRoot, { recursive: true, force: true }));
  afterEach(() => harness.close());

  describe('without an API token', () => {
    beforeEach(async () => {
      harness = await startHarness({ webRoot });
    });

    it.each(['/', '/health', '/api/providers/litellm/models', '/nowhere'])('sends the security headers on %s', async (url) => {
      const response = await harness.app.inject({ method: 'GET', url });
      expect(response.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      });
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('serves the page and its files with their types', async () => {
      const page = await harness.app.inject({ method: 'GET', url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect((await harness.app.inject({ method: 'GET', url: '/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect((await harness.app.inject({ method: 'GET', url: '/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    });

    it('answers an unknown path with a typed 404 and never reads files by request path', async () => {
      for (const url of ['/../package.json', '/%2e%2e/package.json', '/index.html/../../etc/passwd']) {
        const response = await harness.app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(ErrorBody.parse(response.json()).error.code).toBe('bad_request');
      }
    });

    it('reports its own health without calling the proxy', async () => {
      harness.simulator.setRouteFault('models', { fault: 'unavailable' });
      const response = await harness.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok' });
      expect(harness.simulator.requests).toHaveLength(0);
    });

    it('keeps CORS closed: no Access-Control headers, and other origins are refused', async () => {
      const preflight = await harness.app.inject({
        method: 'OPTIONS',
        url: '/api/providers',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      const crossSite = await harness.app.inject({
        method: 'GET',
        url: '/api/providers/litellm/models',
        headers: { origin: 'https://evil.example' },
      });
      expect(crossSite.statusCode).toBe(403);
      expect(Object.keys(crossSite.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(harness.simulator.requests).toHaveLength(0);
    });

    it('accepts its own origin', async () => {
      const response = await harness.app.inject({
        method: 'GET',
        url: '/api/providers/litellm/models',
        headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      });
      expect(response.statusCode).toBe(200);
    });

    it('refuses requests addressed to another host name (DNS rebinding)', async () => {
      const response = await harness.app.inject({ method: 'GET', url: '/api/providers/litellm/models', headers: { host: 'rebound.example:3000' } });
      expect(response.statusCode).toBe(403);
      expect(ErrorBody.parse(response.json()).error.code).toBe('forbidden');
    });
  });

  describe('with DEMO_API_TOKEN', () => {
    beforeEach(async () => {
      harness = await startHarness({ apiToken: TOKEN, webRoot });
    });

    it('refuses the API without the bearer token, and with a wrong one', async () => {
      for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
        const response = await harness.app.inject({
          method: 'GET',
          url: '/api/providers/litellm/models',
          headers: authorization ? { authorization } : {},
        });
        expect(response.statusCode).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(ErrorBody.parse(response.json()).error.code).toBe('unauthorized');
        expect(response.body).not.toContain(TOKEN);
      }
      const chat = await harness.app.inject({ method: 'POST', url: '/api/providers', payload: { model: 'x', messages: [] } });
      expect(chat.statusCode).toBe(401);
      expect(harness.simulator.requests).toHaveLength(0);
    });

    it('answers the API with the token', async () => {
      const response = await harness.app.inject({
        method: 'GET',
        url: '/api/providers/litellm/models',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.statusCode).toBe(200);
      expect(ModelsResponse.parse(response.json()).status).toBe('ready');
    });

    it('leaves the page and the health check open, so a browser can load and ask for the token', async () => {
      expect((await harness.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
      expect((await harness.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    });
  });

  it('says the page is not built when there is no web folder', async () => {
    harness = await startHarness();
    const response = await harness.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(503);
    expect(ErrorBody.parse(response.json()).error.message).toMatch(/npm start/);
  });
});
