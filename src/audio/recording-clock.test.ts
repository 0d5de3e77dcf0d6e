import { describe, expect, it } from 'vitest';
import { RecordingClock } from './recording-clock.ts';

function clock(timeslice = 1000) {
  const time = { now: 0 };
  return { time, c: new RecordingClock(timeslice, () => time.now) };
}

describe('RecordingClock', () => {
  it('reads 0 until the recorder starts, then counts from the start event', () => {
    const { time, c } = clock();
    time.now = 400; // permission prompt, device start-up
    expect(c.elapsedMs()).toBe(0);
    c.started();
    time.now = 1400;
    c.firstChunk(); // on time: no change
    time.now = 2900;
    expect(c.elapsedMs()).toBe(2500);
  });

  it('moves the start later when the first chunk shows a late start (WebKit)', () => {
    const { time, c } = clock();
    c.started();
    time.now = 2100; // audio began ~1.1 s late, its first 1 s slice arrives now
    c.firstChunk();
    expect(c.elapsedMs()).toBe(1000);
    time.now = 5100;
    c.stopped();
    time.now = 9000;
    expect(c.elapsedMs()).toBe(4000);
  });

  it('does not move the start for a short take flushed by stop()', () => {
    const { time, c } = clock();
    c.started();
    time.now = 300;
    c.stopped();
    time.now = 2000;
    c.firstChunk();
    expect(c.elapsedMs()).toBe(300);
  });

  it('falls back to the first chunk when no start event was seen', () => {
    const { time, c } = clock(500);
    time.now = 800;
    c.firstChunk();
    expect(c.elapsedMs()).toBe(500);
  });

  it('leaves paused time out, also when stopped while paused', () => {
    const { time, c } = clock();
    c.started();
    time.now = 1000;
    c.paused();
    time.now = 3000;
    expect(c.elapsedMs()).toBe(1000);
    c.resumed();
    time.now = 4000;
    expect(c.elapsedMs()).toBe(2000);
    c.paused();
    time.now = 6000;
    c.stopped();
    expect(c.elapsedMs()).toBe(2000);
  });
});
