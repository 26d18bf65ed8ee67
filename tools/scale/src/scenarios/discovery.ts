import { upstreamHeader } from '../stack/nginx-config';
import { scaleModels } from '../stack/proxy-config';
import { type Stack } from '../stack/stack';
import { type Scenario } from './scenario';

/** What each app instance answered to the model list through the balancer: instance name -> sorted ids. */
export async function discoverThroughBalancer(stack: Stack, requests: number): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  for (let index = 0; index < requests; index += 1) {
    const response = await fetch(`${stack.frontUrl}/api/providers/litellm/models`, { signal: AbortSignal.timeout(20_000) });
    const body = (await response.json()) as { status?: unknown; models?: Array<{ id?: unknown }> };
    const app = stack.names.get(response.headers.get(upstreamHeader)?.split(',').at(-1)?.trim() ?? '') ?? 'unknown';
    const ids = response.ok && body.status === 'ready' ? (body.models ?? []).map((model) => String(model.id)).sort().join(' ') : `HTTP ${response.status}`;
    seen.set(app, (seen.get(app) ?? new Set()).add(ids));
  }
  return seen;
}

/** One answer per instance and the same one from all: discovery holds no per-instance state. */
export function sameModels(seen: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const answers = new Set([...seen.values()].flatMap((ids) => [...ids]));
  return answers.size === 1 ? [...answers][0] : undefined;
}

export const discoveryScenario: Scenario = {
  name: 'discovery through the balancer',
  run: async (stack) => {
    const seen = await discoverThroughBalancer(stack, 10);
    const models = sameModels(seen);
    const expected = Object.values(scaleModels).map((id) => `litellm/${id}`).sort().join(' ');
    const everyApp = stack.apps.every((app) => seen.has(app.name));
    return {
      name: discoveryScenario.name,
      passed: everyApp && models === expected,
      figures: `10 requests answered by ${[...seen.keys()].sort().join(', ')}; ${
        models === undefined ? `different answers: ${[...seen].map(([app, ids]) => `${app}: ${[...ids].join(' | ')}`).join('; ')}` : `all the same: ${models}`
      }`,
    };
  },
};
