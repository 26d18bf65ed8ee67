import { parseJsonOrUndefined, Recorder } from './recorder';

describe('Recorder', () => {
  it('empties its arrays in place, so references held by tests stay live', () => {
    const recorder = new Recorder();
    const requests = recorder.requests;
    recorder.request({ method: 'GET', path: '/v1/models', query: '', headers: {}, body: undefined, at: 1 });
    recorder.chat({ model: 'm', messages: [], headers: {} });
    recorder.clear();
    expect(requests).toBe(recorder.requests);
    expect(requests).toHaveLength(0);
    expect(recorder.chatRequests).toHaveLength(0);
    recorder.request({ method: 'GET', path: '/', query: '', headers: {}, body: undefined, at: 2 });
    expect(requests).toHaveLength(1);
  });
});

describe('parseJsonOrUndefined', () => {
  it('parses JSON and gives undefined for empty or broken text', () => {
    expect(parseJsonOrUndefined('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonOrUndefined('')).toBeUndefined();
    expect(parseJsonOrUndefined('{"a":')).toBeUndefined();
  });
});
