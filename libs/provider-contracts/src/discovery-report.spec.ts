import { DiscoveryReport } from './discovery-report';
import { UNKNOWN_CAPABILITIES } from './model-info';

const model = {
  id: 'litellm/gpt-4o-mini',
  provider: 'litellm',
  name: 'gpt-4o-mini',
  mode: 'chat',
  contextWindow: 128_000,
  maxOutputTokens: null,
  pricing: { inputPerToken: 1.5e-7, outputPerToken: null },
  capabilities: { ...UNKNOWN_CAPABILITIES, tools: true },
};

const ready = {
  provider: 'litellm',
  status: 'ready',
  models: [model],
  error: null,
  fetchedAt: '2026-01-01T00:00:00.000Z',
  enriched: true,
};

describe('DiscoveryReport', () => {
  it('accepts a ready report whose models know only some of their facts', () => {
    expect(DiscoveryReport.parse(ready)).toEqual(ready);
  });

  it('accepts a failed report carrying an error code and message', () => {
    const down = { ...ready, status: 'unreachable', models: [], enriched: false, error: { code: 'unreachable', message: 'down' } };
    expect(DiscoveryReport.safeParse(down).success).toBe(true);
  });

  it('rejects a status or an error code it does not know', () => {
    expect(DiscoveryReport.safeParse({ ...ready, status: 'down' }).success).toBe(false);
    expect(DiscoveryReport.safeParse({ ...ready, error: { code: 'offline', message: 'x' } }).success).toBe(false);
  });

  it('rejects a report that does not say whether it was enriched', () => {
    const { enriched: _enriched, ...withoutEnriched } = ready;
    expect(DiscoveryReport.safeParse(withoutEnriched).success).toBe(false);
  });

  it('rejects a model with a made-up mode or a negative price', () => {
    expect(DiscoveryReport.safeParse({ ...ready, models: [{ ...model, mode: 'vision' }] }).success).toBe(false);
    const negative = { ...model, pricing: { inputPerToken: -1, outputPerToken: null } };
    expect(DiscoveryReport.safeParse({ ...ready, models: [negative] }).success).toBe(false);
  });
});
