import { type AddressInfo } from 'node:net';
import { type Harness, startHarness } from '../test-support/demo-harness';
import { rawExchange } from './raw-http';

const TOKEN = 'path-token-canary-0123456789';
const CHAT = JSON.stringify({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });

/** Every letter of a segment as `%XX`, upper or lower case hex. */
const encodeAll = (segment: string, lower = false) =>
  [...segment].map((char) => `%${char.charCodeAt(0).toString(16)[lower ? 'toLowerCase' : 'toUpperCase']()}`).join('');
/** The first letter alone encoded: `/%61pi/...`. */
const encodeFirst = (segment: string) => `${encodeAll(segment.slice(0, 1), true)}${segment.slice(1)}`;
/** Encoded twice: `%2561pi`, which a router decoding once sees as `%61pi`. */
const encodeTwice = (segment: string) => encodeFirst(segment).replace('%', '%25');
const mixCase = (segment: string) => [...segment].map((char, index) => (index % 2 === 0 ? char.toUpperCase() : char)).join('');

/**
 * Spellings of `path` (`/api/...`) that a router, a proxy or a browser might treat as the same route: percent
 * encoding (once, twice, per segment, `%2F`), case, dot segments (plain and encoded), trailing and doubled
 * slashes, a backslash, a semicolon, a query and a fragment.
 */
export function pathVariants(path: string): string[] {
  const segments = path.split('/').slice(1);
  const rebuild = (change: (segment: string, index: number) => string) => `/${segments.map(change).join('/')}`;
  const perSegment = segments.flatMap((_segment, at) => [
    rebuild((segment, index) => (index === at ? encodeFirst(segment) : segment)),
    rebuild((segment, index) => (index === at ? encodeAll(segment) : segment)),
    rebuild((segment, index) => (index === at ? encodeTwice(segment) : segment)),
    rebuild((segment, index) => (index === at ? mixCase(segment) : segment)),
    rebuild((segment, index) => (index === at ? segment.toUpperCase() : segment)),
  ]);
  const [first = '', ...rest] = segments;
  return [
    path,
    ...perSegment,
    rebuild((segment) => encodeAll(segment)),
    rebuild((segment) => encodeAll(segment, true)),
    `/${first}%2F${rest.join('/')}`,
    `/${first}%2f${rest.join('%2f')}`,
    `/${first}/./${rest.join('/')}`,
    `/./${segments.join('/')}`,
    `/x/../${segments.join('/')}`,
    `/${first}/../${segments.join('/')}`,
    `/%2e/${segments.join('/')}`,
    `/x/%2e%2e/${segments.join('/')}`,
    `/x/%2E%2E/${segments.join('/')}`,
    `/x/.%2e/${segments.join('/')}`,
    `${path}/`,
    `${path}/.`,
    `${path}//`,
    `/${path}`,
    `//${segments.join('//')}`,
    `/${first}//${rest.join('/')}`,
    `/${first}\\${rest.join('\\')}`,
    `${path};x=1`,
    `/${first};x=1/${rest.join('/')}`,
    `${path}?token=${TOKEN}`,
    `${path}#fragment`,
    `${path}%23fragment`,
    `${path}%00`,
    `${path}%20`,
  ];
}

/** One raw request on its own connection, so no client library tidies the path up first. */
function request(port: number, method: string, target: string, authorization?: string): Promise<number | null> {
  const body = method === 'POST' ? CHAT : '';
  const head = [
    `${method} ${target} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Connection: close',
    ...(authorization ? [`Authorization: ${authorization}`] : []),
    ...(body ? ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`] : []),
  ];
  return rawExchange(port, [`${head.join('\r\n')}\r\n\r\n${body}`]).then((answer) => answer.status);
}

describe('the API token, whatever spelling of the path', () => {
  let harness: Harness;
  let port: number;
  /** Every `/api` operation, read from the server's own OpenAPI document. */
  let routes: { method: string; path: string }[];

  beforeAll(async () => {
    harness = await startHarness({ apiToken: TOKEN });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    port = (harness.app.server.address() as AddressInfo).port;
    const document = (await harness.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { authorization: `Bearer ${TOKEN}` } })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path: path.replace('{provider}', 'litellm') })));
    routes.push({ method: 'GET', path: '/api/openapi.json' }, { method: 'GET', path: '/api/nowhere' });
  });
  afterAll(() => harness.close());

  it('covers every API operation of the document', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/api/providers' },
        { method: 'POST', path: '/api/providers' },
        { method: 'GET', path: '/api/providers/litellm/models' },
      ]),
    );
  });

  it('reaches no route without the token, for every variant of every path, and the simulator sees nothing', async () => {
    harness.simulator.reset();
    const reached: string[] = [];
    let variants = 0;
    let requests = 0;
    for (const { method, path } of routes) {
      for (const variant of pathVariants(path)) {
        variants += 1;
        for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, TOKEN]) {
          requests += 1;
          const status = await request(port, method, variant, authorization);
          // 401 from the /api scope, 404 from the router for a path no route has, 400 for one it cannot decode.
          if (status === null || ![400, 401, 404].includes(status)) reached.push(`${method} ${variant} (${authorization ?? 'no token'}): ${status}`);
        }
      }
    }
    process.stdout.write(`path normalisation: ${variants} path variants of ${routes.length} routes, ${requests} requests (4 credentials each)\n`);
    expect(reached).toEqual([]);
    expect(harness.simulator.requests).toEqual([]);
  });

  it('answers the same variants with the token only where the router takes them as the route', async () => {
    const answers = new Map<string, number | null>();
    for (const variant of pathVariants('/api/providers')) answers.set(variant, await request(port, 'GET', variant, `bearer ${TOKEN}`));
    // The one spelling served is the route's own; `%61pi` decodes to it, as the router matches decoded paths.
    expect([...answers].filter(([, status]) => status === 200).map(([variant]) => variant)).toEqual(
      expect.arrayContaining(['/api/providers', '/%61pi/providers', `/api/providers?token=${TOKEN}`]),
    );
    expect([...answers.values()].every((status) => status !== null && status < 500)).toBe(true);
  });

  it('keeps the token out of the log, query strings included', () => {
    expect(harness.logs.join('\n')).not.toContain(TOKEN);
  });
});
