import { describe, expect, it } from 'vitest';
import { peaks } from './waveform.ts';

describe('peaks', () => {
  it('takes the largest absolute sample of each bucket', () => {
    const samples = Float32Array.from([0.1, -0.5, 0.2, 0, 0.3, -0.25, 0.9, -0.95]);
    expect(peaks(samples, 4)).toEqual(Float32Array.from([0.5, 0.2, 0.3, 0.95]));
    expect(peaks(samples, 1)).toEqual(Float32Array.from([0.95]));
  });

  it('spreads samples that do not divide evenly over all buckets', () => {
    const samples = new Float32Array(10).fill(0.5);
    const out = peaks(samples, 3);
    expect(out).toHaveLength(3);
    expect(Array.from(out)).toEqual([0.5, 0.5, 0.5]);
  });

  it('has no holes when there are fewer samples than buckets', () => {
    expect(Array.from(peaks(Float32Array.from([0.25, -0.5]), 4))).toEqual([0.25, 0.25, 0.5, 0.5]);
  });

  it('clamps clipped samples to 1 and ignores NaN', () => {
    expect(Array.from(peaks(Float32Array.from([1.7, NaN, -3, 0.5]), 2))).toEqual([1, 1]);
    expect(Array.from(peaks(Float32Array.from([NaN, NaN]), 1))).toEqual([0]);
  });

  it('is empty or flat for degenerate input', () => {
    expect(peaks(new Float32Array(0), 5)).toEqual(new Float32Array(5));
    expect(peaks(new Float32Array(100), 0)).toHaveLength(0);
    expect(peaks(new Float32Array(100), -3)).toHaveLength(0);
  });
});
