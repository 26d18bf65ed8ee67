import { responseFormatFromZod } from '@modelgate/provider-contracts';
import { thrown } from '@modelgate/testing';
import { z } from 'zod';
import { parseStructuredOutput } from './structured-output';

const City = z.object({ name: z.string(), population: z.number().int() });
const cityFormat = responseFormatFromZod('city', City);

describe('parseStructuredOutput', () => {
  it('returns nothing for plain text answers', () => {
    expect(parseStructuredOutput(undefined, 'hello')).toBeUndefined();
    expect(parseStructuredOutput({ type: 'text' }, 'hello')).toBeUndefined();
  });

  it('parses a json_object answer without checking it', () => {
    expect(parseStructuredOutput({ type: 'json_object' }, '{"any":[1,2]}')).toEqual({ any: [1, 2] });
  });

  it('validates a json_schema answer and returns the validated value', () => {
    expect(parseStructuredOutput(cityFormat, '{"name":"Oslo","population":700000,"extra":true}')).toEqual({ name: 'Oslo', population: 700000 });
  });

  it('reads JSON wrapped in a Markdown fence', () => {
    expect(parseStructuredOutput({ type: 'json_object' }, '```json\n{"a":1}\n```')).toEqual({ a: 1 });
  });

  it('fails as invalid_response with the raw text when the answer is not JSON', () => {
    const error = thrown(() => parseStructuredOutput(cityFormat, 'Oslo, about 700k people'));
    expect(error.code).toBe('invalid_response');
    expect(error.rawText).toBe('Oslo, about 700k people');
  });

  it('fails naming the paths that do not match the schema', () => {
    const error = thrown(() => parseStructuredOutput(cityFormat, '{"name":"Oslo","population":"many"}'));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('population');
    expect(error.rawText).toBe('{"name":"Oslo","population":"many"}');
  });

  it('accepts a json_schema answer unchecked when no validator was given', () => {
    expect(parseStructuredOutput({ type: 'json_schema', name: 'x', schema: {} }, '{"free":1}')).toEqual({ free: 1 });
  });
});
