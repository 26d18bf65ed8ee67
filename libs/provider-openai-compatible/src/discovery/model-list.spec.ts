import { ProviderError } from '@modelgate/provider-contracts';
import { errorFromBody } from '../error-mapping';
import { type JsonOutcome } from './get-json';
import { readModelList } from './model-list';

const read = (outcome: JsonOutcome) => readModelList(outcome, 'Acme');
const httpError = (status: number, body: { type?: string; message?: string } | null = null): JsonOutcome => ({
  kind: 'http-error',
  status,
  error: errorFromBody(status, body),
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

  it('reads a DB-less LiteLLM refusing a key (400 no_db_connection) as unauthorized', () => {
    expect(read(httpError(400, { type: 'no_db_connection', message: 'No connected db.' }))).toMatchObject({
      status: 'unauthorized',
      code: 'unauthorized',
    });
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
