import fc from 'fast-check';
import { ErrorBody } from '../shared/api-contract';
import { type Harness, startHarness } from '../test-support/demo-harness';

/** Whatever a client sends, the answer is a 4xx with a typed error body: never a 500, never a call upstream. */
describe('POST /api/providers with hostile bodies', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  const field = fc.constantFrom('model', 'messages', 'tools', 'stream', 'baseUrl', 'apiKey', '__proto__', 'constructor', 'role', 'content');
  const almostValid = fc.record(
    {
      model: fc.oneof(fc.constant('litellm/gpt-4o-mini'), fc.string(), fc.integer()),
      messages: fc.oneof(
        fc.array(fc.record({ role: fc.constantFrom('user', 'system', 'tool', 'admin'), content: fc.oneof(fc.string(), fc.jsonValue()) }), {
          maxLength: 3,
        }),
        fc.jsonValue(),
      ),
      tools: fc.array(fc.oneof(fc.constantFrom('calculator', 'shell'), fc.jsonValue()), { maxLength: 3 }),
      stream: fc.jsonValue(),
      extra: fc.dictionary(field, fc.jsonValue(), { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  );

  async function expectTypedRejection(payload: string): Promise<void> {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/providers',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    if (response.statusCode === 200) return;
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(ErrorBody.safeParse(response.json()).success).toBe(true);
  }

  it('answers random JSON values with a typed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await expectTypedRejection(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 300 },
    );
    expect(harness.simulator.chatRequests).toHaveLength(0);
  });

  it('answers near-miss chat bodies with a typed 4xx unless they are valid', async () => {
    await fc.assert(
      fc.asyncProperty(almostValid, async ({ extra, ...body }) => {
        await expectTypedRejection(JSON.stringify({ ...extra, ...body }));
      }),
      { numRuns: 300 },
    );
  });

  it('answers random and truncated text with a typed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.nat(), async (text, cut) => {
        const valid = JSON.stringify({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: text }] });
        await expectTypedRejection(valid.slice(0, cut % valid.length));
      }),
      { numRuns: 300 },
    );
  });
});
