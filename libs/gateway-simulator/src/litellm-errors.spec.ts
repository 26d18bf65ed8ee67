import { errors, litellmError } from './litellm-errors';

describe('litellmError', () => {
  it('shapes the body as LiteLLM does, with the status as a string code', () => {
    expect(litellmError(429, 'slow down')).toEqual({
      status: 429,
      body: { error: { message: 'slow down', type: null, param: null, code: '429' } },
    });
  });
});

describe('errors', () => {
  it('puts the invalid-model message in provider_specific_fields too, as the proxy does', () => {
    const body = errors.invalidModel('x').body as { error: { message: string; provider_specific_fields: { error: string } } };
    expect(body.error.provider_specific_fields.error).toBe(body.error.message);
  });

  it('ends router errors with the model group and its fallbacks', () => {
    const body = errors.serverError('gpt-4o-mini').body as { error: { message: string } };
    expect(body.error.message).toMatch(/Received Model Group=gpt-4o-mini\nAvailable Model Group Fallbacks=None$/);
  });

  it('words an unknown status with its reason phrase', () => {
    expect(errors.custom(418).body).toEqual({ error: { message: "I'm a Teapot", type: 'None', param: 'None', code: '418' } });
  });
});
