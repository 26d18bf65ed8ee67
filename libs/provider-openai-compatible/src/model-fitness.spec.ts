import { type ModelInfo } from '@modelgate/provider-contracts';
import { modelInfo } from '@modelgate/testing';
import { assertModelTakes } from './model-fitness';

const tool = { name: 'add', description: 'adds', parameters: { type: 'object' } } as const;
const model = (tools: boolean | null): ModelInfo => modelInfo('litellm', 'm', { capabilities: { tools } });

describe('assertModelTakes', () => {
  it('refuses tools to a model that says it takes none, as a bad request not worth retrying', () => {
    expect(() => assertModelTakes({ model: 'litellm/m', tools: [tool] }, model(false))).toThrow(
      expect.objectContaining({ code: 'bad_request', retryable: false, message: expect.stringContaining('does not take tools') }),
    );
  });

  it('leaves tools to a model that takes them, or does not say, or is not known, to the gateway', () => {
    for (const info of [model(true), model(null), undefined]) {
      expect(() => assertModelTakes({ model: 'litellm/m', tools: [tool] }, info)).not.toThrow();
    }
    expect(() => assertModelTakes({ model: 'litellm/m', tools: [] }, model(false))).not.toThrow();
  });

  it('refuses a wildcard route, which is not a model', () => {
    expect(() => assertModelTakes({ model: 'litellm/openai/*' }, undefined)).toThrow(expect.objectContaining({ code: 'bad_request' }));
  });
});
