import { chat, readFrames, readUntilEnd, sseChunks, sseData, useSimulator, userSays } from './test-support/http';
import { eventually } from '@modelgate/testing';

const streamBody = { model: 'gpt-4o-mini', stream: true, messages: userSays('a fairly long question to stream') };

describe('streamed answers that end badly', () => {
  const simulator = useSimulator();

  it('cuts the stream after the scripted chunks, with no [DONE]', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'cut-stream', afterChunks: 2 });
    const response = await chat(simulator(), streamBody);
    expect(response.status).toBe(200);
    const { text, failed } = await readUntilEnd(response);
    expect(failed).toBe(true);
    expect(sseData(text)).toHaveLength(2);
    expect(text).not.toContain('[DONE]');
  });

  it('does not count a cut it made itself as a client abort', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'cut-stream' });
    await readUntilEnd(await chat(simulator(), streamBody));
    expect(simulator().aborted()).toBe(0);
  });

  it("sends LiteLLM's mid-stream error frame on a 200, in Python's JSON spacing, then ends without [DONE]", async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'midstream-error', afterChunks: 2 });
    const response = await chat(simulator(), streamBody);
    const { text, failed } = await readUntilEnd(response);
    expect(response.status).toBe(200);
    expect(failed).toBe(false);
    const frames = sseData(text);
    expect(frames).toHaveLength(3);
    expect(frames[2]).toMatch(/^\{"error": \{"message": "litellm\.MidStreamFallbackError: litellm\.APIConnectionError: /);
    expect(frames[2]).toMatch(/"type": null, "param": null, "code": "500"\}\}$/);
    expect(JSON.parse(frames[2]!).error.message).toContain('Received Model Group=gpt-4o-mini\nAvailable Model Group Fallbacks=None');
    expect(text).not.toContain('[DONE]');
  });

  it('sends an invalid data frame for malformed-json', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'malformed-json' });
    const { text } = await readUntilEnd(await chat(simulator(), streamBody));
    expect(() => sseChunks(text)).toThrow(SyntaxError);
  });

  it('stalls after the scripted chunks until the client goes away, and counts that as an abort', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'stall-body', afterChunks: 1 });
    const response = await chat(simulator(), streamBody);
    expect(await readFrames(response, 1)).toHaveLength(1);
    await response.body!.cancel();
    await eventually(() => simulator().aborted() === 1, 'the stalled stream counted as aborted');
  });

  it('waits chunkDelayMs between chunks without leaving timers behind', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'abcdef', chunkSize: 2, chunkDelayMs: 5 });
    const chunks = sseChunks((await readUntilEnd(await chat(simulator(), streamBody))).text);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
  });
});
