import { ProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { failure, modelId, RecordingLogger, streamedText } from './modelgate';

describe('failure', () => {
  it('gives back the ProviderError a call failed with', async () => {
    const error = new ProviderError({ code: 'timeout', message: 'late' });
    await expect(failure(Promise.reject(error))).resolves.toBe(error);
  });

  it('fails the scenario when the call succeeds', async () => {
    await expect(failure(Promise.resolve('fine'))).rejects.toThrow('expected the call to fail');
  });

  it('fails the scenario when the call fails with anything but a ProviderError', async () => {
    await expect(failure(Promise.reject(new TypeError('boom')))).rejects.toThrow('expected a ProviderError');
  });
});

describe('streamedText', () => {
  it('joins the text deltas and ignores every other event', () => {
    const events: StreamEvent[] = [
      { type: 'turn-start', turn: 1 },
      { type: 'text-delta', turn: 1, delta: 'Hel' },
      { type: 'reasoning-delta', turn: 1, delta: 'hmm' },
      { type: 'text-delta', turn: 1, delta: 'lo' },
    ];
    expect(streamedText(events)).toBe('Hello');
  });
});

describe('modelId', () => {
  it('prefixes a proxy model name the way discovery does', () => {
    expect(modelId('mock-chat')).toBe('litellm/mock-chat');
  });
});

describe('RecordingLogger', () => {
  it('keeps every line with its level', () => {
    const logger = new RecordingLogger();
    logger.warn({ code: 'unauthorized' }, 'refused');
    logger.debug({}, 'detail');
    expect(logger.lines).toEqual([
      { level: 'warn', fields: { code: 'unauthorized' }, message: 'refused' },
      { level: 'debug', fields: {}, message: 'detail' },
    ]);
  });
});
