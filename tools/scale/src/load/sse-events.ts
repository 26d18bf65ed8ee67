/** One frame of the demo's SSE answer: `event: <type>` and one `data: <JSON>` line. */
export interface DemoEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Splits the demo's SSE text into events as chunks arrive; a frame cut by a chunk boundary waits for the rest. */
export class DemoEventReader {
  private pending = '';

  push(chunk: string): DemoEvent[] {
    this.pending += chunk;
    const frames = this.pending.split('\n\n');
    this.pending = frames.pop() ?? '';
    return frames.flatMap((frame) => {
      const type = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (type === undefined || data === undefined) return [];
      try {
        return [{ type, data: JSON.parse(data) as unknown }];
      } catch {
        return [{ type: 'unparsable', data }];
      }
    });
  }
}
