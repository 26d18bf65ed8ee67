import { createToolset, defineTool } from '@modelgate/provider-contracts';
import { z } from 'zod';

/**
 * Tools that count how many run at once. `weather` and `time` also wait for each other, so they only finish
 * when run in parallel; `hang` waits for its signal; `boom` throws.
 */
export function testTools() {
  let running = 0;
  let maxRunning = 0;
  let release!: () => void;
  const bothStarted = new Promise<void>((resolve) => (release = resolve));
  const started = new Set<string>();
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    try {
      return await work();
    } finally {
      running--;
    }
  };
  const meet = (name: string) => {
    started.add(name);
    if (started.has('weather') && started.has('time')) release();
    return bothStarted;
  };
  const executor = createToolset([
    defineTool({
      name: 'weather',
      parameters: z.object({ city: z.string() }),
      execute: ({ city }) => counted(async () => (await meet('weather'), { city, sky: 'sunny' })),
    }),
    defineTool({
      name: 'time',
      parameters: z.object({ tz: z.string() }),
      execute: ({ tz }) => counted(async () => (await meet('time'), `12:00 ${tz}`)),
    }),
    defineTool({
      name: 'lookup',
      parameters: z.object({ q: z.string() }),
      execute: ({ q }) => counted(async () => (await new Promise((resolve) => setTimeout(resolve, 5)), `found ${q}`)),
    }),
    defineTool({
      name: 'boom',
      parameters: z.object({}),
      execute: () => {
        throw new Error('the tool exploded');
      },
    }),
    defineTool({
      name: 'hang',
      parameters: z.object({}),
      execute: (_args, { signal }) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')))),
    }),
  ]);
  return { executor, maxRunning: () => maxRunning };
}

const definitionOf = (name: string, properties: Record<string, unknown> = {}) => ({
  name,
  parameters: { type: 'object', properties, required: Object.keys(properties) },
});

/** The definitions of `testTools`, as a request offers them. */
export const offeredTools = [
  definitionOf('weather', { city: { type: 'string' } }),
  definitionOf('time', { tz: { type: 'string' } }),
  definitionOf('lookup', { q: { type: 'string' } }),
  definitionOf('boom'),
  definitionOf('hang'),
];
