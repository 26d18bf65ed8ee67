import { createFormatContext, badRequest, DEFAULT_MAX_ATTACHMENT_BYTES, messagePath } from './format-context';
import { modelInfo } from '@modelgate/testing';

describe('createFormatContext', () => {
  it('defaults to no model, no provider and a 20 MiB attachment limit', () => {
    expect(createFormatContext('openai-compatible', {})).toEqual({
      family: 'openai-compatible',
      model: null,
      provider: null,
      maxAttachmentBytes: 20 * 1024 * 1024,
    });
    expect(DEFAULT_MAX_ATTACHMENT_BYTES).toBe(20_971_520);
  });

  it('takes the provider from the model unless one is given', () => {
    expect(createFormatContext('openai-compatible', { model: modelInfo() }).provider).toBe('litellm');
    expect(createFormatContext('openai-compatible', { model: modelInfo(), provider: 'other' }).provider).toBe('other');
  });
});

describe('badRequest', () => {
  it('is a bad_request carrying the provider and model id', () => {
    const error = badRequest(createFormatContext('openai-compatible', { model: modelInfo() }), 'nope');
    expect(error).toMatchObject({ code: 'bad_request', message: 'nope', provider: 'litellm', model: 'litellm/test-model', retryable: false });
  });
});

describe('messagePath', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(messagePath([2, 'content', 1, 'source', 'data'])).toBe('messages[2].content[1].source.data');
  });

  it('names the list itself for an empty path', () => {
    expect(messagePath([])).toBe('messages');
  });
});
