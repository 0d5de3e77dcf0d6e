import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeAudio, speechSampleRate } from './decode.ts';

function fakeBuffer(channels: number[][], sampleRate: number): AudioBuffer {
  return {
    numberOfChannels: channels.length,
    length: channels[0]?.length ?? 0,
    sampleRate,
    duration: (channels[0]?.length ?? 0) / sampleRate,
    getChannelData: (c: number) => Float32Array.from(channels[c] ?? []),
  } as unknown as AudioBuffer;
}

type Style = 'both' | 'callback-only' | 'promise-only';

/** decodeAudioData as engines do it: it detaches (transfers) the buffer it is given. */
function fakeContext(buffer: AudioBuffer | Error, style: Style = 'both') {
  const seen: number[] = [];
  const decodeAudioData = vi.fn((data: ArrayBuffer, ok?: (b: AudioBuffer) => void, fail?: (e: unknown) => void) => {
    seen.push(data.byteLength);
    structuredClone(data, { transfer: [data] }); // leaves data detached, byteLength 0
    if (style !== 'promise-only') queueMicrotask(() => (buffer instanceof Error ? fail?.(buffer) : ok?.(buffer)));
    if (style === 'callback-only') return undefined;
    return buffer instanceof Error ? Promise.reject(buffer) : Promise.resolve(buffer);
  });
  return { ctx: { decodeAudioData } as unknown as BaseAudioContext, seen };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('decodeAudio', () => {
  it('decodes a copy, so the caller can still play or store its buffer', async () => {
    const { ctx, seen } = fakeContext(fakeBuffer([[0.1, 0.2, 0.3, 0.4]], 4));
    const data = new Uint8Array([1, 2, 3, 4, 5]).buffer;
    const decoded = await decodeAudio(data, ctx);
    expect(seen).toEqual([5]);
    expect(data.byteLength).toBe(5);
    expect(new Uint8Array(data)).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
    expect(decoded.sampleRate).toBe(4);
    expect(decoded.durationMs).toBe(1000);
    expect(decoded.samples).toEqual(Float32Array.from([0.1, 0.2, 0.3, 0.4]));
  });

  it('mixes channels down to mono', async () => {
    const { ctx } = fakeContext(
      fakeBuffer(
        [
          [1, 0.5, 0],
          [0, 0.5, -1],
        ],
        48000,
      ),
    );
    const { samples, durationMs } = await decodeAudio(new ArrayBuffer(8), ctx);
    expect(samples).toEqual(Float32Array.from([0.5, 0.5, -0.5]));
    expect(durationMs).toBeCloseTo(3 / 48, 6);
  });

  it.each(['both', 'callback-only', 'promise-only'] as const)('works with a %s decodeAudioData', async (style) => {
    const { ctx } = fakeContext(fakeBuffer([[0.25]], 8000), style);
    expect((await decodeAudio(new ArrayBuffer(1), ctx)).samples).toEqual(Float32Array.from([0.25]));
  });

  it('rejects with the engine error for data it cannot decode', async () => {
    const error = new DOMException('Unable to decode audio data', 'EncodingError');
    const { ctx } = fakeContext(error);
    await expect(decodeAudio(new ArrayBuffer(3), ctx)).rejects.toBe(error);
  });

  it('uses an OfflineAudioContext at a speech rate when none is given: 16 kHz, 8 kHz past 15 minutes', async () => {
    const made: unknown[][] = [];
    const { ctx } = fakeContext(fakeBuffer([[0, 1]], 44100));
    vi.stubGlobal(
      'OfflineAudioContext',
      vi.fn(function (this: unknown, ...args: unknown[]) {
        made.push(args);
        return ctx;
      }),
    );
    await decodeAudio(new ArrayBuffer(2));
    await decodeAudio(new ArrayBuffer(2), undefined, speechSampleRate(30 * 60_000));
    expect(made).toEqual([
      [1, 1, 16000],
      [1, 1, 8000],
    ]);
    expect(speechSampleRate(5 * 60_000)).toBe(16000);
  });

  it('falls back to an AudioContext, and closes it even when decoding fails', async () => {
    const close = vi.fn(() => Promise.resolve());
    const { ctx } = fakeContext(new Error('bad data'));
    vi.stubGlobal('OfflineAudioContext', undefined);
    vi.stubGlobal(
      'AudioContext',
      vi.fn(function () {
        return Object.assign(ctx, { close });
      }),
    );
    await expect(decodeAudio(new ArrayBuffer(2))).rejects.toThrow('bad data');
    expect(close).toHaveBeenCalledOnce();
  });

  it('says so when the browser has no Web Audio at all', async () => {
    vi.stubGlobal('OfflineAudioContext', undefined);
    vi.stubGlobal('AudioContext', undefined);
    await expect(decodeAudio(new ArrayBuffer(2))).rejects.toThrow('cannot decode audio');
  });
});
