import { resultTable, sumChats, summaryLine } from './summary';

describe('summaryLine', () => {
  it('is exactly the line CI reads', () => {
    expect(summaryLine({ chats: 1340, failed: 3, lost: 0, replicas: [1238, 1565], apps: [665, 685] })).toBe(
      'scale: 1340 chats, 3 failed, 0 lost, replicas 1238/1565, apps 665/685',
    );
  });
});

describe('sumChats', () => {
  it('adds the chats of the scenarios that ran some and skips the others', () => {
    const results = [
      { name: 'a', passed: true, figures: '', chats: { chats: 10, failed: 1, lost: 0 } },
      { name: 'b', passed: true, figures: '' },
      { name: 'c', passed: false, figures: '', chats: { chats: 5, failed: 0, lost: 2 } },
    ];

    expect(sumChats(results)).toEqual({ chats: 15, failed: 1, lost: 2 });
  });
});

describe('resultTable', () => {
  it('aligns one row per scenario and marks failures in capitals', () => {
    const table = resultTable([
      { name: 'load', passed: true, figures: '10 completed' },
      { name: 'failover', passed: false, figures: '1 lost' },
    ]);

    expect(table.split('\n')).toEqual(['scenario | result | figures', 'load     | pass   | 10 completed', 'failover | FAIL   | 1 lost']);
  });
});
