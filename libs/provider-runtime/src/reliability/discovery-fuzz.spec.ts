import fc from 'fast-check';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { DiscoveryReport } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate, type Modelgate } from '../create-modelgate';

/**
 * Whatever `/v1/models` and `/model/info` answer (random JSON, near-miss shapes, truncated text, any
 * status), discovery never throws: it reports a status, with an error when it found no model list, and
 * the registry agrees with what it reports.
 */
const KEY = 'sk-fuzz-discovery-0001';
const JSON_TYPE = { 'content-type': 'application/json' };
const IDS = ['gpt-4o-mini', 'claude-3-5-haiku', 'text-embedding-3-small', '*', 'openai/*', '__proto__', 'constructor', ' ', 'a/b/c'];

// Mostly strings, so that whole lists are often valid and discovery gets past the shape check.
const anyId = fc.oneof(
  { arbitrary: fc.constantFrom(...IDS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 },
);
const listEntry = fc.record(
  { id: anyId, object: fc.jsonValue({ maxDepth: 1 }), created: fc.jsonValue({ maxDepth: 1 }), owned_by: fc.jsonValue({ maxDepth: 1 }), max_model_len: fc.jsonValue({ maxDepth: 1 }) },
  { requiredKeys: ['id'] },
);
const listEntries = fc.array(fc.oneof({ arbitrary: listEntry, weight: 9 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }), { maxLength: 6 });
const modelList = fc.record(
  { object: fc.constant('list'), data: fc.oneof({ arbitrary: listEntries, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }) },
  { requiredKeys: ['data'] },
);

const numberish = fc.oneof(fc.integer(), fc.double(), fc.constant(null), fc.string({ maxLength: 6 }), fc.boolean());
const modelInfoFields = fc.record(
  {
    mode: fc.oneof(fc.constantFrom('chat', 'completion', 'embedding', 'responses', 'image_generation'), fc.jsonValue({ maxDepth: 1 })),
    max_tokens: numberish,
    max_input_tokens: numberish,
    max_output_tokens: numberish,
    input_cost_per_token: numberish,
    output_cost_per_token: numberish,
    supports_function_calling: fc.jsonValue({ maxDepth: 1 }),
    supports_vision: fc.jsonValue({ maxDepth: 1 }),
    supports_response_schema: fc.jsonValue({ maxDepth: 1 }),
    supports_reasoning: fc.jsonValue({ maxDepth: 1 }),
    supported_openai_params: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);
const infoEntry = fc.record(
  { model_name: anyId, litellm_params: fc.jsonValue({ maxDepth: 2 }), model_info: fc.oneof(modelInfoFields, fc.jsonValue({ maxDepth: 2 })) },
  { requiredKeys: [] },
);
const modelInfo = fc.record({ data: fc.oneof(fc.array(infoEntry, { maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] });

/** An answer for a route: a status, and a JSON body or raw text declared as JSON. */
interface Answer {
  status: number;
  body: unknown;
}
const answer = (body: fc.Arbitrary<unknown>): fc.Arbitrary<Answer> =>
  fc.record({
    status: fc.oneof(fc.constantFrom(200, 200, 401, 403, 404, 429, 500, 503), fc.integer({ min: 200, max: 599 })),
    body: fc.oneof(body, fc.jsonValue(), fc.string({ maxLength: 40 })),
  });

describe('discovery against hostile model lists', () => {
  let sim: GatewaySimulator;
  let gate: Modelgate;
  let validList = '';
  let validInfo = '';

  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
    gate = await createModelgate({ providers: [litellmModule({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 })] });
    const get = async (path: string) => (await fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${KEY}` } })).text();
    [validList, validInfo] = await Promise.all([get('/v1/models'), get('/model/info')]);
  });
  afterAll(() => sim.close());
  afterEach(() => sim.reset());

  /** Runs discovery and checks the report against the contract and the registry; returns it. */
  async function discover(): Promise<DiscoveryReport> {
    const [report] = await gate.discovery.refresh();
    const parsed = DiscoveryReport.parse(report);
    const found = parsed.status === 'ready' || parsed.status === 'empty';
    expect(parsed.error === null).toBe(found);
    expect(parsed.status === 'ready').toBe(parsed.models.length > 0);
    const ids = parsed.models.map((model) => model.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.startsWith('litellm/')).toBe(true);
      expect(id.endsWith('*')).toBe(false);
      expect(gate.registry.getModel(id)?.id).toBe(id);
    }
    return parsed;
  }

  it('never throws on a random /v1/models answer (300 runs and one answer for every outcome)', async () => {
    const seen = new Set<string>();
    // fast-check runs these answers on every run, before the random ones, so every kind of outcome is
    // reached whatever the draw: a property that only sometimes sees a 'ready' list would prove less
    // on some runs than on others.
    const everyOutcome: [Answer][] = [
      [{ status: 200, body: JSON.parse(validList) }],
      [{ status: 200, body: { object: 'list', data: [] } }],
      [{ status: 200, body: { data: 'not a list' } }],
      [{ status: 404, body: { error: 'not found' } }],
      [{ status: 401, body: { error: { message: 'bad key' } } }],
      [{ status: 503, body: 'busy' }],
    ];
    await fc.assert(
      fc.asyncProperty(answer(modelList), async ({ status, body }) => {
        sim.setRouteFault('models', { fault: 'status', status, body, headers: JSON_TYPE });
        seen.add((await discover()).status);
      }),
      { numRuns: 300, examples: everyOutcome },
    );
    expect([...seen].sort()).toEqual(['empty', 'invalid_response', 'misconfigured', 'ready', 'unauthorized', 'unreachable']);
  });

  it('reports a truncated /v1/models body as invalid_response (150 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: validList.length - 1 }), async (cut) => {
        sim.setRouteFault('models', { fault: 'status', status: 200, body: validList.slice(0, cut), headers: JSON_TYPE });
        const report = await discover();
        expect(report.status).toBe('invalid_response');
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the listed ids whatever /model/info answers, random or truncated (300 runs)', async () => {
    const enriched = new Set<boolean>();
    const truncated = fc.integer({ min: 0, max: validInfo.length - 1 }).map((cut) => ({ status: 200, body: validInfo.slice(0, cut) }));
    // Always run: the proxy's own answer (enriched) and a key that may not read /model/info (ids only).
    const bothOutcomes: [Answer][] = [[{ status: 200, body: JSON.parse(validInfo) }], [{ status: 403, body: { error: 'forbidden' } }]];
    await fc.assert(
      fc.asyncProperty(fc.oneof(answer(modelInfo), truncated), async ({ status, body }) => {
        sim.setRouteFault('model-info', { fault: 'status', status, body, headers: JSON_TYPE });
        const report = await discover();
        enriched.add(report.enriched);
        expect(['ready', 'empty']).toContain(report.status);
        const listed = ['gpt-4o-mini', 'claude-3-5-haiku', 'reasoner-mini', 'text-embedding-3-small'].map((id) => `litellm/${id}`);
        for (const model of report.models) expect(listed).toContain(model.id);
      }),
      { numRuns: 300, examples: bothOutcomes },
    );
    expect([...enriched].sort()).toEqual([false, true]);
  });
});
