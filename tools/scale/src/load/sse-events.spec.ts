import { DemoEventReader } from './sse-events';

describe('DemoEventReader', () => {
  it('reads events whose frames are cut anywhere by chunk boundaries', () => {
    const wire = 'event: text-delta\ndata: {"type":"text-delta","delta":"Hi"}\n\nevent: finish\ndata: {"type":"finish"}\n\n';
    const reader = new DemoEventReader();
    const events = [wire.slice(0, 7), wire.slice(7, 40), wire.slice(40, 70), wire.slice(70)].flatMap((chunk) => reader.push(chunk));

    expect(events).toEqual([
      { type: 'text-delta', data: { type: 'text-delta', delta: 'Hi' } },
      { type: 'finish', data: { type: 'finish' } },
    ]);
  });

  it('keeps a frame that is not JSON as unparsable instead of throwing', () => {
    expect(new DemoEventReader().push('event: error\ndata: {oops\n\n')).toEqual([{ type: 'unparsable', data: '{oops' }]);
  });
});
