/** Peaks for drawing a waveform: one value per bucket, whatever the length of the take. */

/**
 * The loudest absolute sample in each of `buckets` equal slices, clamped to 0..1. Peaks, not RMS:
 * short consonants stay visible, and silence is flat. With fewer samples than buckets, a sample
 * repeats rather than leaving holes.
 */
export function peaks(samples: Float32Array, buckets: number): Float32Array {
  const count = Math.max(0, Math.floor(buckets));
  const out = new Float32Array(count);
  const n = samples.length;
  if (n === 0) return out;
  for (let b = 0; b < count; b++) {
    const start = Math.min(n - 1, Math.floor((b * n) / count));
    const end = Math.max(start + 1, Math.floor(((b + 1) * n) / count));
    let max = 0;
    for (let i = start; i < end; i++) {
      const v = Math.abs(samples[i] ?? 0);
      if (v > max) max = v; // NaN fails the comparison, so a corrupt sample counts as silence
    }
    out[b] = Math.min(1, max);
  }
  return out;
}
