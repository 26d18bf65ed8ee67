import fc from 'fast-check';
import { expectSameAsSchema } from '@modelgate/schema-properties';
import { DiscoveryReport, ModelCapabilities, ModelInfo, ModelPricing } from '@modelgate/provider-contracts';
import { parseDiscoveryReport } from './parse-discovery-report';
import { report } from './test-support/fake-discovery';

const flag = fc.constantFrom(true, false, null);
const price = fc.constantFrom(null, 0, 1.5e-7, 2e-6);
const count = fc.constantFrom(null, 1, 128_000);
const name = fc.constantFrom('gpt-4o', 'openai/gpt-4o-mini');

const wellFormedModel = fc.record({
  id: name.map((n) => `litellm/${n}`),
  provider: fc.constant('litellm'),
  name,
  mode: fc.constantFrom('chat', 'embedding', 'unknown'),
  contextWindow: count,
  maxOutputTokens: count,
  pricing: fc.record({ inputPerToken: price, outputPerToken: price }),
  capabilities: fc.record(Object.fromEntries(Object.keys(ModelCapabilities.shape).map((key) => [key, flag]))),
});
const wellFormedReport = fc.record({
  provider: fc.constantFrom('litellm', ''),
  status: fc.constantFrom('ready', 'empty'),
  models: fc.array(wellFormedModel, { minLength: 1, maxLength: 3 }),
  error: fc.constant(null),
  fetchedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  enriched: fc.boolean(),
  serverVersion: fc.constantFrom('1.83.14', null),
}, { requiredKeys: ['provider', 'status', 'models', 'error', 'fetchedAt', 'enriched'] });

// Any value a field might hold: the right type, null, or something else.
const anyLeaf = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('', 'chat', 'ready', 'litellm/a'),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ code: 'unreachable', message: 'down' }),
);

type Fields = Record<string, unknown>;

/** Where a defect goes: the report, a model (by index), its pricing or its capabilities, at any key of the schema. */
const TARGETS = {
  report: { shape: DiscoveryReport.shape, at: (report: Fields) => report },
  model: { shape: ModelInfo.shape, at: (report: Fields, i: number) => modelAt(report, i) },
  pricing: { shape: ModelPricing.shape, at: (report: Fields, i: number) => modelAt(report, i)?.['pricing'] as Fields },
  capabilities: { shape: ModelCapabilities.shape, at: (report: Fields, i: number) => modelAt(report, i)?.['capabilities'] as Fields },
};

function modelAt(report: Fields, index: number): Fields | undefined {
  const models = report['models'];
  return Array.isArray(models) && models.length > 0 ? (models[index % models.length] as Fields) : undefined;
}

/** One defect: a field set to any value, removed, an unknown key added, a `__proto__` own key, or a null prototype. */
const defect = fc.constantFrom(...(Object.keys(TARGETS) as (keyof typeof TARGETS)[])).chain((target) =>
  fc.record({
    target: fc.constant(target),
    model: fc.nat(2),
    key: fc.constantFrom(...Object.keys(TARGETS[target].shape), 'extra'),
    change: fc.oneof(
      anyLeaf.map((value) => ({ kind: 'set' as const, value })),
      fc.constantFrom({ kind: 'delete' as const }, { kind: 'own __proto__' as const }, { kind: 'null prototype' as const }),
    ),
  }),
);
type Defect = typeof defect extends fc.Arbitrary<infer D> ? D : never;

function withDefects(report: Fields, defects: readonly Defect[]): Fields {
  // A copy made in this realm (structuredClone's objects have another `Object.prototype` under jest); the
  // well-formed report holds JSON values only.
  const copy = JSON.parse(JSON.stringify(report)) as Fields;
  for (const { target, model, key, change } of defects) {
    const at = TARGETS[target].at(copy, model);
    if (!at || typeof at !== 'object') continue;
    // A copy of an object value: the arbitraries hand out one instance, which a later defect must not change.
    if (change.kind === 'set') at[key] = typeof change.value === 'object' ? JSON.parse(JSON.stringify(change.value)) : change.value;
    else if (change.kind === 'delete') delete at[key];
    else if (change.kind === 'own __proto__') {
      Object.defineProperty(at, '__proto__', { value: {}, enumerable: true, configurable: true, writable: true });
    }
    else Object.setPrototypeOf(at, null);
  }
  return copy;
}

const answer = fc
  .tuple(wellFormedReport, fc.array(defect, { maxLength: 2 }))
  .map(([report, defects]) => withDefects(report, defects));

describe('parseDiscoveryReport', () => {
  it('gives the same answer as the DiscoveryReport schema for any report, well formed or not', () => {
    expectSameAsSchema(answer, parseDiscoveryReport, DiscoveryReport, { strict: true });
  });

  it('uses a well-formed report as it is', () => {
    const raw = report('litellm', ['gpt-4o', 'gpt-4o-mini']);
    const parsed = parseDiscoveryReport(raw);
    expect(parsed.success && parsed.data).toBe(raw);
  });

  it('uses a well-formed report with the server version as it is', () => {
    const raw = { ...report('litellm', ['gpt-4o']), serverVersion: '1.83.14' };
    const parsed = parseDiscoveryReport(raw);
    expect(parsed.success && parsed.data).toBe(raw);
  });

  it('drops a key the schema does not know, as the schema does', () => {
    const raw = { ...report('litellm', ['gpt-4o']), cached: true };
    const parsed = parseDiscoveryReport(raw);
    expect(parsed.success && parsed.data).toStrictEqual(report('litellm', ['gpt-4o']));
  });

  it('names the paths of a model out of shape', () => {
    const [good] = report('litellm', ['gpt-4o']).models;
    const parsed = parseDiscoveryReport(report('litellm', [], { models: [good!, { ...good!, contextWindow: 0 }] }));
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['models', 1, 'contextWindow']]);
  });

  it('refuses a model list with a hole in it, as the schema does', () => {
    const [good] = report('litellm', ['gpt-4o']).models;
    // eslint-disable-next-line no-sparse-arrays
    const parsed = parseDiscoveryReport(report('litellm', [], { models: [good!, , good!] as ModelInfo[] }));
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['models', 1]]);
  });
});
