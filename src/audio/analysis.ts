/**
 * Delivery figures from the decoded audio: how long the speaker talked, was silent, and paused.
 * Pure: samples in, numbers out, so it runs the same in a test, a worker or the page.
 */

export interface Pause {
  startMs: number;
  endMs: number;
}

export interface SpeechAnalysis {
  durationMs: number;
  speakingMs: number;
  /** durationMs − speakingMs, including silence before the first and after the last word. */
  silenceMs: number;
  longestPauseMs: number;
  /** Pauses of at least longPauseMs. */
  longPauses: number;
  /** Silences between speech; leading and trailing silence are not pauses. */
  pauses: Pause[];
}

export interface AnalysisOptions {
  frameMs?: number;
  longPauseMs?: number;
}

// dBFS of digital silence, so log10(0) never reaches the arithmetic.
const FLOOR_DB = -120;
// Speech is well above the room: 12 dB over the quietest tenth of the take…
const ABOVE_NOISE_DB = 12;
// …but never below -50 dBFS (a hiss-free recording would otherwise call breaths speech)…
const MIN_THRESHOLD_DB = -50;
// …and never above -30 dBFS, where quiet speech sits: a take with no silence at all (its quietest
// tenth is speech) must still read as speech, not as a take of noise.
const MAX_THRESHOLD_DB = -30;
// Gaps between syllables and words are shorter than this; they are speech, not pauses.
const BRIDGE_MS = 200;
// A click or a bumped desk inside a pause is shorter than any word; it must not split the pause.
const MIN_SPEECH_MS = 60;

function frameLevels(samples: Float32Array, frameLength: number): Float64Array {
  const levels = new Float64Array(Math.ceil(samples.length / frameLength));
  for (let f = 0; f < levels.length; f++) {
    const start = f * frameLength;
    const end = Math.min(samples.length, start + frameLength);
    let sum = 0;
    for (let i = start; i < end; i++) sum += (samples[i] ?? 0) ** 2;
    const rms = Math.sqrt(sum / (end - start));
    levels[f] = rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB;
  }
  return levels;
}

/** Adaptive: the noise floor is the 10th-percentile frame level; see the constants above. */
function speechThreshold(levels: Float64Array): number {
  const sorted = Float64Array.from(levels).sort();
  const floor = sorted[Math.floor(0.1 * (sorted.length - 1))] ?? FLOOR_DB;
  return Math.min(MAX_THRESHOLD_DB, Math.max(floor + ABOVE_NOISE_DB, MIN_THRESHOLD_DB));
}

/** Runs of equal values as [value, start, end) frame ranges. */
function runs(mask: boolean[]): [boolean, number, number][] {
  const out: [boolean, number, number][] = [];
  mask.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[0] === v) last[2] = i + 1;
    else out.push([v, i, i + 1]);
  });
  return out;
}

/** Sets every run of `value` for which `when` holds to the opposite value. */
function flip(mask: boolean[], value: boolean, when: (start: number, end: number) => boolean): void {
  for (const [v, start, end] of runs(mask)) if (v === value && when(start, end)) mask.fill(!value, start, end);
}

/** A pause this long or longer is a long pause (the delivery figures name it: "pauses over 2 s"). */
export const LONG_PAUSE_MS = 2000;

export function analyseSpeech(samples: Float32Array, sampleRate: number, options: AnalysisOptions = {}): SpeechAnalysis {
  const frameMs = options.frameMs ?? 20;
  const longPauseMs = options.longPauseMs ?? LONG_PAUSE_MS;
  const durationMs = sampleRate > 0 ? (samples.length / sampleRate) * 1000 : 0;
  const frameLength = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const levels = durationMs > 0 ? frameLevels(samples, frameLength) : new Float64Array(0);
  const threshold = speechThreshold(levels);
  const speech = Array.from(levels, (db) => db >= threshold);
  const last = speech.length;
  const ms = (frame: number) => (Math.min(samples.length, frame * frameLength) / sampleRate) * 1000;

  // Short gaps inside speech first, then short blips inside silence (edges count as silence).
  flip(speech, false, (start, end) => start > 0 && end < last && ms(end) - ms(start) < BRIDGE_MS);
  flip(speech, true, (start, end) => ms(end) - ms(start) < MIN_SPEECH_MS);

  let speakingMs = 0;
  const pauses: Pause[] = [];
  for (const [isSpeech, start, end] of runs(speech)) {
    if (isSpeech) speakingMs += ms(end) - ms(start);
    else if (start > 0 && end < last) pauses.push({ startMs: Math.round(ms(start)), endMs: Math.round(ms(end)) });
  }
  const lengths = pauses.map((p) => p.endMs - p.startMs);
  return {
    durationMs: Math.round(durationMs),
    speakingMs: Math.round(speakingMs),
    silenceMs: Math.round(durationMs - speakingMs),
    longestPauseMs: Math.max(0, ...lengths),
    longPauses: lengths.filter((l) => l >= longPauseMs).length,
    pauses,
  };
}
