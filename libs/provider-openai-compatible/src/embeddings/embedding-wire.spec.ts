import { decodeVector } from './embedding-wire';

describe('decodeVector', () => {
  it('decodes base64 little-endian float32s', () => {
    const bytes = Buffer.alloc(12);
    [0.5, -1.25, 3].forEach((value, index) => bytes.writeFloatLE(value, index * 4));
    expect(decodeVector(bytes.toString('base64'))).toEqual([0.5, -1.25, 3]);
  });

  it('takes a vector the server sent as floats as it is', () => {
    expect(decodeVector([0.1, 0.2])).toEqual([0.1, 0.2]);
  });

  it('refuses base64 that is not a whole number of float32s', () => {
    expect(decodeVector(Buffer.from([1, 2, 3]).toString('base64'))).toBeNull();
  });
});
