import assert from 'node:assert/strict';
import { responseFormatFromZod } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { simulated } from '../proxy/proxy-models';
import { connect, modelId, userSays } from './modelgate';
import type { Scenario } from './scenario';

const City = z.object({ city: z.string(), population: z.number().int().positive() });
const ANSWER = { city: 'Lyon', population: 522_250 };

/**
 * Structured output through the proxy: the zod schema goes upstream as `response_format: json_schema`
 * (unchanged by the proxy), and the answer comes back parsed and validated by the same schema.
 */
export const structuredOutputScenario: Scenario = {
  name: 'structured output reaches the upstream as json_schema and comes back validated',
  run: async (context) => {
    context.simulator.reset();
    context.simulator.enqueue(simulated.id, { text: JSON.stringify(ANSWER) });
    const gate = await connect(context);
    const result = await gate.execution.chat({
      model: modelId(simulated.id),
      messages: userSays('Name a French city and its population.'),
      responseFormat: responseFormatFromZod('city', City),
    });
    assert.deepEqual(result.object, ANSWER);
    assert.deepEqual(City.parse(result.object), ANSWER);
    const format = context.simulator.chatRequests.at(-1)?.response_format;
    assert.deepEqual(
      { type: format?.type, name: format?.json_schema?.name, strict: format?.json_schema?.strict },
      { type: 'json_schema', name: 'city', strict: true },
    );
    assert.deepEqual(format?.json_schema?.schema?.['required'], ['city', 'population']);
  },
};
