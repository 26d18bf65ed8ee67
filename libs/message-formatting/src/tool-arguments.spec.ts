import { toolArgumentsObject } from './tool-arguments';

describe('toolArgumentsObject', () => {
  it('parses a JSON object', () => {
    expect(toolArgumentsObject('{"city":"Paris","days":[1,2]}')).toEqual({ city: 'Paris', days: [1, 2] });
  });

  it.each([
    ['empty arguments', ''],
    ['broken JSON', '{"city":'],
    ['an array', '[1,2]'],
    ['a string', '"Paris"'],
    ['null', 'null'],
  ])('gives an empty object for %s', (_label, json) => {
    expect(toolArgumentsObject(json)).toEqual({});
  });
});
