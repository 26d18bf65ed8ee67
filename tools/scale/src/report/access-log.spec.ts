import { countBy, parseAccessLog } from './access-log';

describe('parseAccessLog', () => {
  it('takes the last instance nginx tried as the one that answered', () => {
    const log = '127.0.0.1:2001, 127.0.0.1:2002 200 POST /v1/chat/completions\n127.0.0.1:2001 502 POST /v1/chat/completions\n';

    expect(parseAccessLog(log)).toEqual([
      { upstream: '127.0.0.1:2002', status: 200, method: 'POST', uri: '/v1/chat/completions' },
      { upstream: '127.0.0.1:2001', status: 502, method: 'POST', uri: '/v1/chat/completions' },
    ]);
  });

  it('skips a line it cannot read, such as one cut by a log that is still being written', () => {
    expect(parseAccessLog('127.0.0.1:2001 200 PO')).toEqual([]);
  });
});

describe('countBy', () => {
  it('counts per instance in the given order, zero for one that answered nothing, ignoring other addresses', () => {
    const requests = parseAccessLog('127.0.0.1:2002 200 GET /a\n127.0.0.1:2002 200 GET /b\n127.0.0.1:9 200 GET /c\n');
    const instances = [
      { name: 'a', address: '127.0.0.1:2001' },
      { name: 'b', address: '127.0.0.1:2002' },
    ];

    expect([...countBy(requests, instances)]).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });
});
