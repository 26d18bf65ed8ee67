import { parseArgs } from './args';

describe('parseArgs', () => {
  it('runs every client over 5 rounds by default', () => {
    expect(parseArgs([])).toMatchObject({
      quick: false,
      rounds: 5,
      clients: ['fetch', 'openai', 'modelgate', 'ai-sdk', 'langchain'],
      profile: null,
    });
  });

  it('runs 2 rounds when quick', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ quick: true, rounds: 2 });
  });

  it('takes a subset of clients and a round count', () => {
    expect(parseArgs(['--clients', 'openai,modelgate', '--rounds', '3'])).toMatchObject({ rounds: 3, clients: ['openai', 'modelgate'] });
  });

  it('profiles clients on chosen workloads', () => {
    expect(parseArgs(['--profile', 'modelgate,openai', '--only', 'sequential,stream'])).toMatchObject({
      profile: ['modelgate', 'openai'],
      only: ['sequential', 'stream'],
    });
  });

  it('runs modelgate as built at a git ref next to today\'s modelgate', () => {
    expect(parseArgs(['--baseline', 'HEAD~3'])).toMatchObject({
      baseline: 'HEAD~3',
      clients: ['fetch', 'openai', 'modelgate', 'modelgate-baseline', 'ai-sdk', 'langchain'],
    });
    expect(parseArgs(['--clients', 'openai', '--baseline', 'main'])).toMatchObject({ clients: ['openai', 'modelgate-baseline'] });
  });

  it('refuses the baseline client without a ref to build it from', () => {
    expect(() => parseArgs(['--clients', 'modelgate-baseline'])).toThrow(/needs --baseline/);
  });

  it('refuses an unknown client, flag or round count', () => {
    expect(() => parseArgs(['--clients', 'axios'])).toThrow(/Unknown client "axios"/);
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown argument/);
    expect(() => parseArgs(['--rounds', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--profile'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--only', 'warp'])).toThrow(/Unknown workload "warp"/);
  });
});
