import { OutputTail } from './output-tail';

describe('OutputTail', () => {
  it('keeps only the last lines', () => {
    const tail = new OutputTail(2);

    tail.push('one\ntwo\nthree\n');

    expect(tail.text()).toBe('two\nthree');
  });

  it('joins a line that arrives in several chunks', () => {
    const tail = new OutputTail();

    tail.push('Uvicorn run');
    tail.push('ning on 127.0.0.1\nnext');

    expect(tail.text()).toBe('Uvicorn running on 127.0.0.1\nnext');
  });

  it('removes colour codes and blank lines', () => {
    const tail = new OutputTail();

    tail.push('\x1b[32mLiteLLM: Proxy initialized\x1b[0m\n\n\n');

    expect(tail.text()).toBe('LiteLLM: Proxy initialized');
  });
});
