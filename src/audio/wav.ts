/**
 * 16-bit PCM WAV writing and test-signal making. The browser tests feed the result to Chromium's
 * --use-file-for-fake-audio-capture, which accepts only a plain RIFF/WAVE file, so the header is
 * the canonical 44-byte one: RIFF, a 16-byte PCM "fmt " chunk, then "data".
 */

const HEADER_BYTES = 44;

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** The 44-byte header of a mono 16-bit PCM WAV holding `sampleCount` samples. */
export function wavHeader(sampleCount: number, sampleRate: number): ArrayBuffer {
  const rate = Math.round(sampleRate);
  const dataBytes = sampleCount * 2;
  const view = new DataView(new ArrayBuffer(HEADER_BYTES));
  writeAscii(view, 0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true); // the file size minus these first 8 bytes
  writeAscii(view, 8, 'WAVE');
  writeAscii(view, 12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for plain PCM
  view.setUint16(20, 1, true); // format 1 = PCM
  view.setUint16(22, 1, true); // channels
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // byte rate = rate × channels × 2 bytes
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  writeAscii(view, 36, 'data');
  view.setUint32(40, dataBytes, true);
  return view.buffer;
}

/** Mono samples (-1..1, clipped beyond) → a 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, sampleRate: number): ArrayBuffer {
  const buffer = new ArrayBuffer(HEADER_BYTES + samples.length * 2);
  new Uint8Array(buffer).set(new Uint8Array(wavHeader(samples.length, sampleRate)));
  const view = new DataView(buffer);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] || 0)); // NaN → 0
    // Asymmetric scale: -1 → -32768 and 1 → 32767, the full 16-bit range without overflow.
    view.setInt16(HEADER_BYTES + i * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
  return buffer;
}

export interface Segment {
  tone: boolean;
  ms: number;
}

/** A sine where `tone` is true and digital silence elsewhere: a stand-in for speech with pauses. */
export function toneWithGaps(segments: Segment[], sampleRate = 48000, freq = 440, amplitude = 0.5): Float32Array {
  const lengths = segments.map((s) => Math.max(0, Math.round((s.ms * sampleRate) / 1000)));
  const out = new Float32Array(lengths.reduce((a, b) => a + b, 0));
  let offset = 0;
  segments.forEach((segment, k) => {
    const length = lengths[k] ?? 0;
    if (segment.tone) {
      // Phase from the start of the file, so consecutive tone segments join without a click.
      for (let i = offset; i < offset + length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * freq * i) / sampleRate);
    }
    offset += length;
  });
  return out;
}
