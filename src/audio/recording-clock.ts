/**
 * The recording's own clock. <audio>.duration cannot be trusted (Chrome's WebM says Infinity, WebKit
 * says ~1 s at first), so a take is timed while it records:
 * - it starts at the recorder's 'start' event, not at the click (permission prompts, device start-up);
 * - if the first chunk arrives much later than one timeslice after that, the engine started
 *   capturing late (WebKit, ~1 s): the start is moved to "first chunk minus one timeslice";
 * - paused time does not count, and it stops when the audio stops (stop() is called).
 * Decoding the stored audio remains the final word (practice/ does that for recovered takes).
 */

// Longer than a busy main thread delays an event, shorter than WebKit's ~1 s late start.
const LATE_START_MS = 600;

export class RecordingClock {
  private t0: number | null = null;
  private pausedAt: number | null = null;
  private pausedMs = 0;
  private stoppedAt: number | null = null;

  constructor(
    private readonly timesliceMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The recorder's 'start' event. */
  started(): void {
    this.t0 ??= this.now();
  }

  /** The first non-empty chunk. */
  firstChunk(): void {
    const arrived = this.now();
    if (this.stoppedAt !== null) return; // a short take flushed by stop(): nothing to learn
    if (this.t0 === null || arrived - this.t0 > this.timesliceMs + LATE_START_MS) {
      this.t0 = arrived - this.timesliceMs;
    }
  }

  paused(): void {
    this.pausedAt ??= this.now();
  }

  resumed(): void {
    if (this.pausedAt !== null) this.pausedMs += this.now() - this.pausedAt;
    this.pausedAt = null;
  }

  /** When the audio ends; later calls keep the first time. */
  stopped(): void {
    this.stoppedAt ??= this.now();
  }

  elapsedMs(): number {
    if (this.t0 === null) return 0;
    const end = this.stoppedAt ?? this.now();
    const pausing = this.pausedAt === null ? 0 : Math.max(0, end - this.pausedAt);
    return Math.max(0, end - this.t0 - this.pausedMs - pausing);
  }
}
