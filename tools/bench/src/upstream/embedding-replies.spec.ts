import { embeddingReply } from './embedding-replies';

describe('embeddingReply', () => {
  it('answers the number of each text first, in order, as floats or as base64 float32s', () => {
    const floats = JSON.parse(embeddingReply({ model: 'm', input: ['passage 3 of', 'passage 9 of'] }, 4).body) as { data: { embedding: number[] }[] };
    expect(floats.data.map((item) => item.embedding[0])).toEqual([3, 9]);
    const encoded = JSON.parse(embeddingReply({ model: 'm', input: ['passage 3 of'], encoding_format: 'base64' }, 4).body) as { data: { embedding: string }[] };
    expect(Buffer.from(encoded.data[0]!.embedding, 'base64').readFloatLE(0)).toBe(3);
  });

  it('refuses an input that is not text', () => {
    expect(embeddingReply({ input: [1, 2] }, 4).status).toBe(400);
  });
});
