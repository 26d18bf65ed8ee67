import { startGatewaySimulator } from './server';
import { chat, postJson, useSimulator, userSays } from './test-support/http';
import { eventually } from '@modelgate/testing';

describe('startGatewaySimulator', () => {
  it('listens on a free loopback port and gives its base url without /v1', async () => {
    const simulator = await startGatewaySimulator();
    try {
      expect(simulator.url).toBe(`http://127.0.0.1:${simulator.port}`);
      expect(simulator.port).toBeGreaterThan(0);
    } finally {
      await simulator.close();
    }
  });

  it('refuses unknown options', async () => {
    await expect(startGatewaySimulator({ prot: 1 } as never)).rejects.toThrow(/invalid simulator options/);
  });

  it('serves the default catalogue when given no models', async () => {
    const simulator = await startGatewaySimulator();
    try {
      const body = (await (await fetch(`${simulator.url}/v1/models`)).json()) as { data: { id: string }[] };
      expect(body.data.map((model) => model.id)).toContain('gpt-4o-mini');
    } finally {
      await simulator.close();
    }
  });

  it('sends the configured version', async () => {
    const simulator = await startGatewaySimulator({ version: '1.90.0' });
    try {
      const response = await chat(simulator, { model: 'gpt-4o-mini', messages: userSays('q') });
      expect(response.headers.get('x-litellm-version')).toBe('1.90.0');
    } finally {
      await simulator.close();
    }
  });

  it('can be closed twice', async () => {
    const simulator = await startGatewaySimulator();
    await simulator.close();
    await expect(simulator.close()).resolves.toBeUndefined();
  });
});

describe('stalls, aborts and close()', () => {
  it('ends a response stalled before its headers when close() is called', async () => {
    const simulator = await startGatewaySimulator();
    simulator.enqueue('gpt-4o-mini', { fault: 'stall-headers' });
    const pending = chat(simulator, { model: 'gpt-4o-mini', messages: userSays('q') });
    await eventually(() => simulator.chatRequests.length === 1, 'the stalled request arrived');
    await simulator.close();
    await expect(pending).rejects.toThrow();
    expect(simulator.activeConnections()).toBe(0);
    expect(simulator.aborted()).toBe(0);
  });

  it('ends a stream stalled mid-body when close() is called', async () => {
    const simulator = await startGatewaySimulator();
    simulator.enqueue('gpt-4o-mini', { fault: 'stall-body', afterChunks: 1 });
    const response = await chat(simulator, { model: 'gpt-4o-mini', stream: true, messages: userSays('q') });
    expect(response.status).toBe(200);
    const reading = response.text();
    await simulator.close();
    await expect(reading).rejects.toThrow();
  });

  describe('with a client that goes away', () => {
    const simulator = useSimulator();

    it('counts a chat request aborted while stalled and sees its connection close', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'stall-headers' });
      const controller = new AbortController();
      const pending = postJson(`${simulator().url}/v1/chat/completions`, { model: 'gpt-4o-mini', messages: userSays('q') }, {}, controller.signal);
      await eventually(() => simulator().chatRequests.length === 1, 'the stalled request arrived');
      expect(simulator().activeConnections()).toBe(1);
      expect(simulator().inFlight()).toBe(1);
      controller.abort();
      await expect(pending).rejects.toThrow();
      await eventually(() => simulator().aborted() === 1, 'the abort was counted');
      await eventually(() => simulator().activeConnections() === 0, 'the connection closed');
      expect(simulator().inFlight()).toBe(0);
    });

    it('counts a client that leaves during a slow stream', async () => {
      simulator().enqueue('gpt-4o-mini', { text: 'x'.repeat(64), chunkSize: 1, chunkDelayMs: 20 });
      const controller = new AbortController();
      const response = await postJson(
        `${simulator().url}/v1/chat/completions`,
        { model: 'gpt-4o-mini', stream: true, messages: userSays('q') },
        {},
        controller.signal,
      );
      controller.abort();
      await expect(response.text()).rejects.toThrow();
      await eventually(() => simulator().aborted() === 1, 'the abort was counted');
    });

    it('counts a client that leaves during a scripted delay', async () => {
      simulator().enqueue('gpt-4o-mini', { text: 'late', delayMs: 60_000 });
      const controller = new AbortController();
      const pending = postJson(`${simulator().url}/v1/chat/completions`, { model: 'gpt-4o-mini', messages: userSays('q') }, {}, controller.signal);
      await eventually(() => simulator().chatRequests.length === 1, 'the delayed request arrived');
      controller.abort();
      await expect(pending).rejects.toThrow();
      await eventually(() => simulator().aborted() === 1, 'the abort was counted');
    });

    it('does not count answers that completed', async () => {
      await (await chat(simulator(), { model: 'gpt-4o-mini', messages: userSays('q') })).text();
      await (await chat(simulator(), { model: 'gpt-4o-mini', stream: true, messages: userSays('q') })).text();
      expect(simulator().aborted()).toBe(0);
    });
  });
});

describe('setModels and reset', () => {
  const simulator = useSimulator();

  it('replaces the catalogue', async () => {
    simulator().setModels([{ id: 'only-one' }]);
    const body = (await (await fetch(`${simulator().url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(body.data.map((model) => model.id)).toEqual(['only-one']);
  });

  it('refuses an invalid model', () => {
    expect(() => simulator().setModels([{ id: '' }])).toThrow(/invalid simulated model/);
  });

  it('clears recorded requests in place on reset', async () => {
    const requests = simulator().requests;
    await fetch(`${simulator().url}/v1/models`);
    expect(requests.length).toBeGreaterThan(0);
    simulator().reset();
    expect(requests).toHaveLength(0);
    expect(simulator().requests).toBe(requests);
  });
});
