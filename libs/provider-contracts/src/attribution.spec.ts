import { wireMetadata } from './attribution';

describe('wireMetadata', () => {
  it('puts the tags under metadata.tags beside the other metadata', () => {
    expect(wireMetadata({ tags: ['team:a'], metadata: { tenant: 'a', n: 1 } })).toEqual({ tenant: 'a', n: 1, tags: ['team:a'] });
  });

  it('is the metadata alone without tags, and nothing without either', () => {
    expect(wireMetadata({ metadata: { tenant: 'a' } })).toEqual({ tenant: 'a' });
    expect(wireMetadata({})).toBeUndefined();
    expect(wireMetadata({ tags: [] })).toEqual({ tags: [] });
  });
});
