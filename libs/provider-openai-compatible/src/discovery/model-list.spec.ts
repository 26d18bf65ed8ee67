import fc from 'fast-check';
import { ProviderError } from '@modelgate/provider-contracts';
import { mostly as mostlyOdd, oddValue } from '@modelgate/testing';
import { errorFromBody } from '../error-mapping';
import { type ErrorClassifier } from '../error-reading';
import { type JsonOutcome } from './get-json';
import { ModelListResponse, readModelList } from './model-list';

const read = (outcome: JsonOutcome) => readModelList(outcome, 'Acme');
const httpError = (status: number, body: { type?: string; message?: string } | null = null, classifyError: ErrorClassifier | null = null): JsonOutcome => ({
  kind: 'http-error',
  status,
  error: errorFromBody(status, body, undefined, classifyError),
});
const failed = (code: 'unreachable' | 'timeout' | 'aborted' | 'upstream') =>
  read({ kind: 'failed', error: new ProviderError({ code, message: `${code} here` }) });

describe('readModelList', () => {
  it('keeps each entry once, the first of a repeated id, with the fields the server added', () => {
    const body = { object: 'list', data: [{ id: 'a', max_model_len: 4096 }, { id: 'b' }, { id: 'a', max_model_len: 1 }] };
    expect(read({ kind: 'json', status: 200, body })).toEqual({ models: [{ id: 'a', max_model_len: 4096 }, { id: 'b' }] });
  });

  it('names the path of an entry without an id, never its content', () => {
    const outcome = read({ kind: 'json', status: 200, body: { data: [{ id: 'a' }, { id: '', secret: 'sk-x' }] } });
    expect(outcome).toMatchObject({ status: 'invalid_response', code: 'invalid_response' });
    expect('message' in outcome && outcome.message).toMatch(/data\.1\.id/);
    expect(JSON.stringify(outcome)).not.toContain('sk-x');
  });

  it.each([
    [401, 'unauthorized', 'unauthorized'],
    [403, 'unauthorized', 'forbidden'],
    [404, 'misconfigured', 'misconfigured'],
    [500, 'unreachable', 'upstream'],
    [503, 'unreachable', 'upstream'],
  ])('reads HTTP %i as status %s with code %s', (status, expectedStatus, code) => {
    expect(read(httpError(status))).toMatchObject({ status: expectedStatus, code });
  });

  it('reads a 400 its server’s classifier calls a refused key (a DB-less LiteLLM’s no_db_connection) as unauthorized', () => {
    const dbLess = { type: 'no_db_connection', message: 'No connected db.' };
    const refusal: ErrorClassifier = ({ type }) => (type === 'no_db_connection' ? { code: 'unauthorized' } : null);
    expect(read(httpError(400, dbLess, refusal))).toMatchObject({ status: 'unauthorized', code: 'unauthorized' });
    expect(read(httpError(400, dbLess))).toMatchObject({ status: 'unreachable', httpStatus: 400 });
  });

  it('names the server in the message of a refused key', () => {
    expect(read(httpError(401))).toMatchObject({ message: expect.stringContaining('Acme') });
  });

  it('tells a web page (misconfigured) from broken JSON (invalid_response)', () => {
    expect(read({ kind: 'not-json', status: 200 })).toMatchObject({ status: 'misconfigured' });
    expect(read({ kind: 'bad-json', status: 200 })).toMatchObject({ status: 'invalid_response' });
  });

  it.each(['unreachable', 'timeout', 'aborted'] as const)('reports a %s request as unreachable, keeping its code', (code) => {
    expect(failed(code)).toEqual({ status: 'unreachable', code, message: `${code} here`, httpStatus: null });
  });

  it('reports any other failed request as invalid_response', () => {
    expect(failed('upstream')).toMatchObject({ status: 'invalid_response', code: 'upstream' });
  });
});

const mostly = <T>(good: fc.Arbitrary<T>) => mostlyOdd(good, 8);
const entry = mostly(
  fc.record({ id: mostly(fc.string({ maxLength: 4 })), object: oddValue, max_model_len: oddValue }, { requiredKeys: [] }),
);
const answer = mostly(fc.record({ object: oddValue, data: mostly(fc.array(entry, { maxLength: 4 })) }, { requiredKeys: ['data'] }));

describe('readModelList on any answer', () => {
  it('lists what the ModelListResponse schema accepts, and refuses what it refuses', () => {
    let listed = 0;
    fc.assert(
      fc.property(answer, (body) => {
        const outcome = read({ kind: 'json', status: 200, body });
        const parsed = ModelListResponse.safeParse(body);
        expect('models' in outcome).toBe(parsed.success);
        if (!parsed.success || !('models' in outcome)) return;
        listed++;
        const firstOfEach = parsed.data.data.filter((model, i, all) => all.findIndex((other) => other.id === model.id) === i);
        expect(outcome.models).toStrictEqual(firstOfEach);
      }),
      { numRuns: 3000 },
    );
    expect(listed).toBeGreaterThan(0);
  });

  it('uses a well-formed entry as it is, the fields a server added and all', () => {
    const entry = { id: 'llama', max_model_len: 8192, root: '/models/llama' };
    const outcome = read({ kind: 'json', status: 200, body: { object: 'list', data: [entry] } });
    expect('models' in outcome && outcome.models[0]).toBe(entry);
  });

  it('drops a __proto__ key of an entry, as the schema does', () => {
    const body: unknown = JSON.parse('{"data": [{"id": "a", "__proto__": {"id": "b"}}]}');
    expect(read({ kind: 'json', status: 200, body })).toStrictEqual({ models: [{ id: 'a' }] });
  });

  it('refuses a list with a hole in it, naming the hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const outcome = read({ kind: 'json', status: 200, body: { data: [{ id: 'a' }, , { id: 'b' }] } });
    expect('message' in outcome && outcome.message).toMatch(/at data\.1\b/);
  });
});
