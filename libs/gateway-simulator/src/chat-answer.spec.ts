import { chunksBefore } from './chat-answer';

describe('chunksBefore', () => {
  it('lets one chunk through by default', () => {
    expect(chunksBefore(null)).toBe(1);
    expect(chunksBefore({ fault: 'cut-stream' })).toBe(1);
  });

  it('honours afterChunks, zero included', () => {
    expect(chunksBefore({ fault: 'midstream-error', afterChunks: 3 })).toBe(3);
    expect(chunksBefore({ fault: 'stall-body', afterChunks: 0 })).toBe(0);
  });
});
