import { type Timing, type TimingSegment } from '@modelgate/provider-contracts';

/** The call's own clock (`performance.now()`, ms since the call started) and the segments placed on it. */
export class CallTiming {
  private readonly origin = performance.now();
  private firstTokenMs: number | null = null;
  private toolMs = 0;
  private readonly segments: TimingSegment[] = [];

  /** Milliseconds since the call started. */
  now(): number {
    return performance.now() - this.origin;
  }

  /** The first text or tool-call delta (streaming) or the first response (plain); later marks are ignored. */
  markFirstToken(): void {
    this.firstTokenMs ??= this.now();
  }

  /** A model call or tool call that started at `startMs` and ends now. */
  segment(kind: TimingSegment['kind'], name: string, turn: number, startMs: number): TimingSegment {
    const segment = { kind, name, turn, startMs, durationMs: Math.max(0, this.now() - startMs) };
    this.segments.push(segment);
    return segment;
  }

  /** The tools of one turn ran from `startMs` until now; parallel tools count once. */
  toolPhase(startMs: number): void {
    this.toolMs += Math.max(0, this.now() - startMs);
  }

  timing(): Timing {
    const segments = [...this.segments].sort((a, b) => a.startMs - b.startMs);
    return {
      totalMs: this.now(),
      timeToFirstTokenMs: this.firstTokenMs,
      modelMs: segments.filter((s) => s.kind === 'model').reduce((sum, s) => sum + s.durationMs, 0),
      toolMs: this.toolMs,
      segments,
    };
  }
}
