import { describe, expect, it } from 'vitest';
import { analyseSpeech } from './analysis.ts';
import { encodeWav, toneWithGaps, wavHeader } from './wav.ts';

const ascii = (view: DataView, offset: number, length: number) => String.fromCharCode(...Array.from({ length }, (_, i) => view.getUint8(offset + i)));

describe('encodeWav', () => {
  it('writes the canonical 44-byte PCM header', () => {
    const wav = encodeWav(new Float32Array(48000), 48000);
    const view = new DataView(wav);
    expect(wav.byteLength).toBe(44 + 96000);
    expect(ascii(view, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(wav.byteLength - 8);
    expect(ascii(view, 8, 4)).toBe('WAVE');
    expect(ascii(view, 12, 4)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(28, true)).toBe(96000);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(view, 36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(96000);
  });

  it('gives the header alone for audio written in pieces (the 30-minute bench take)', () => {
    const header = new DataView(wavHeader(8000 * 1800, 8000));
    expect(header.byteLength).toBe(44);
    expect(header.getUint32(40, true)).toBe(8000 * 1800 * 2);
    expect(header.getUint32(4, true)).toBe(36 + 8000 * 1800 * 2);
    expect(new Uint8Array(wavHeader(3, 16000))).toEqual(new Uint8Array(encodeWav(new Float32Array(3), 16000).slice(0, 44)));
  });

  it('writes little-endian 16-bit samples, clipped, with NaN as silence', () => {
    const view = new DataView(encodeWav(Float32Array.from([0, 1, -1, 0.5, 2, -2, NaN]), 8000));
    const samples = Array.from({ length: 7 }, (_, i) => view.getInt16(44 + i * 2, true));
    expect(samples).toEqual([0, 32767, -32768, 16384, 32767, -32768, 0]);
  });
});

describe('toneWithGaps', () => {
  const segments = [
    { tone: true, ms: 800 },
    { tone: false, ms: 2200 },
    { tone: true, ms: 800 },
    { tone: false, ms: 800 },
    { tone: true, ms: 1400 },
  ];

  it('has the summed length, silence in the gaps and the asked amplitude in the tone', () => {
    const samples = toneWithGaps(segments, 48000, 440, 0.5);
    expect(samples).toHaveLength(6 * 48000);
    const gap = samples.subarray(0.8 * 48000, 3 * 48000);
    expect(gap.every((s) => s === 0)).toBe(true);
    const tone = samples.subarray(0, 0.8 * 48000);
    expect(Math.max(...tone)).toBeCloseTo(0.5, 3);
    expect(Math.min(...tone)).toBeCloseTo(-0.5, 3);
  });

  it('uses the defaults 48 kHz, 440 Hz, 0.5', () => {
    const samples = toneWithGaps([{ tone: true, ms: 10 }]);
    expect(samples).toHaveLength(480);
    expect(samples[27]).toBeCloseTo(0.5 * Math.sin((2 * Math.PI * 440 * 27) / 48000), 6);
  });

  it('makes gaps analyseSpeech finds, also after a round trip through 16-bit WAV', () => {
    const samples = toneWithGaps(segments, 48000, 440, 0.5);
    const view = new DataView(encodeWav(samples, 48000));
    const decoded = Float32Array.from({ length: samples.length }, (_, i) => view.getInt16(44 + i * 2, true) / 32768);
    for (const input of [samples, decoded]) {
      const result = analyseSpeech(input, 48000);
      const pauses = result.pauses.map((p) => p.endMs - p.startMs);
      expect(pauses).toHaveLength(2);
      expect(Math.abs(pauses[0]! - 2200)).toBeLessThanOrEqual(60);
      expect(Math.abs(pauses[1]! - 800)).toBeLessThanOrEqual(60);
      expect(result.longPauses).toBe(1);
    }
  });
});
