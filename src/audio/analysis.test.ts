import { describe, expect, it } from 'vitest';
import { analyseSpeech } from './analysis.ts';
import { toneWithGaps } from './wav.ts';

const RATE = 48000;

/** Deterministic white noise at a given RMS level in dBFS (uniform noise: RMS = peak / √3). */
function noise(length: number, dbfs: number, seed = 1): Float32Array {
  const peak = 10 ** (dbfs / 20) * Math.sqrt(3);
  const out = new Float32Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    out[i] = (state / 2 ** 32) * 2 * peak - peak;
  }
  return out;
}

const SPEECH = [
  { tone: true, ms: 1000 },
  { tone: false, ms: 2500 },
  { tone: true, ms: 1000 },
  { tone: false, ms: 1000 },
  { tone: true, ms: 500 },
];

const lengths = (r: ReturnType<typeof analyseSpeech>) => r.pauses.map((p) => p.endMs - p.startMs);

describe('analyseSpeech', () => {
  it('finds the two pauses between three stretches of tone', () => {
    const result = analyseSpeech(toneWithGaps(SPEECH, RATE, 220), RATE);
    expect(result.durationMs).toBe(6000);
    expect(result.pauses).toHaveLength(2);
    const [long, short] = lengths(result);
    expect(Math.abs(long! - 2500)).toBeLessThanOrEqual(60);
    expect(Math.abs(short! - 1000)).toBeLessThanOrEqual(60);
    expect(Math.abs(result.pauses[0]!.startMs - 1000)).toBeLessThanOrEqual(60);
    expect(result.longPauses).toBe(1);
    expect(Math.abs(result.longestPauseMs - 2500)).toBeLessThanOrEqual(60);
    expect(Math.abs(result.speakingMs - 2500)).toBeLessThanOrEqual(120);
    expect(result.speakingMs + result.silenceMs).toBe(result.durationMs);
  });

  it('stays accurate when boundaries fall inside frames (44.1 kHz, odd lengths)', () => {
    const segments = [
      { tone: true, ms: 737 },
      { tone: false, ms: 2213 },
      { tone: true, ms: 911 },
    ];
    const result = analyseSpeech(toneWithGaps(segments, 44100, 220), 44100);
    expect(lengths(result)).toHaveLength(1);
    expect(Math.abs(lengths(result)[0]! - 2213)).toBeLessThanOrEqual(60);
  });

  it('counts low-level noise (-60 dBFS) in the gaps as silence', () => {
    const samples = toneWithGaps(SPEECH, RATE, 220);
    const hiss = noise(samples.length, -60);
    for (let i = 0; i < samples.length; i++) samples[i] = samples[i]! + hiss[i]!;
    const result = analyseSpeech(samples, RATE);
    expect(lengths(result).map((l) => Math.round(l / 100) * 100)).toEqual([2500, 1000]);
    expect(result.longPauses).toBe(1);
  });

  it('does not count leading and trailing silence as pauses, but does count it as silence', () => {
    const segments = [{ tone: false, ms: 3000 }, ...SPEECH, { tone: false, ms: 2500 }];
    const result = analyseSpeech(toneWithGaps(segments, RATE, 220), RATE);
    expect(result.pauses).toHaveLength(2);
    expect(result.longPauses).toBe(1);
    expect(Math.abs(result.pauses[0]!.startMs - 4000)).toBeLessThanOrEqual(60);
    expect(Math.abs(result.silenceMs - (3000 + 3500 + 2500))).toBeLessThanOrEqual(120);
  });

  it('treats gaps shorter than 200 ms as part of speech (between syllables)', () => {
    const syllables = [
      { tone: true, ms: 300 },
      { tone: false, ms: 150 },
      { tone: true, ms: 300 },
      { tone: false, ms: 400 },
      { tone: true, ms: 300 },
    ];
    const result = analyseSpeech(toneWithGaps(syllables, RATE, 220), RATE);
    expect(lengths(result)).toHaveLength(1);
    expect(Math.abs(lengths(result)[0]! - 400)).toBeLessThanOrEqual(60);
  });

  it('does not let a click split a long pause', () => {
    const samples = toneWithGaps(SPEECH, RATE, 220);
    samples.fill(0.8, RATE * 2, RATE * 2 + 480); // a 10 ms click in the middle of the 2.5 s pause
    expect(analyseSpeech(samples, RATE).longPauses).toBe(1);
  });

  it('gives no speech and no pauses for silence, digital or hiss', () => {
    for (const samples of [new Float32Array(RATE * 3), noise(RATE * 3, -60)]) {
      const result = analyseSpeech(samples, RATE);
      expect(result).toMatchObject({ durationMs: 3000, speakingMs: 0, silenceMs: 3000, longestPauseMs: 0, longPauses: 0, pauses: [] });
    }
  });

  it('gives no pauses for a take that is all tone, and counts it all as speech', () => {
    const result = analyseSpeech(toneWithGaps([{ tone: true, ms: 4000 }], RATE, 220), RATE);
    expect(result).toMatchObject({ durationMs: 4000, speakingMs: 4000, silenceMs: 0, longestPauseMs: 0, longPauses: 0, pauses: [] });
  });

  it('honours frameMs and longPauseMs', () => {
    const result = analyseSpeech(toneWithGaps(SPEECH, RATE, 220), RATE, { frameMs: 10, longPauseMs: 900 });
    expect(result.longPauses).toBe(2);
  });

  it('copes with an empty take', () => {
    expect(analyseSpeech(new Float32Array(0), RATE)).toEqual({ durationMs: 0, speakingMs: 0, silenceMs: 0, longestPauseMs: 0, longPauses: 0, pauses: [] });
  });
});
