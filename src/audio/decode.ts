/** Compressed audio (WebM, Ogg, MP4…) → mono samples, for analysis and the waveform. */

export interface DecodedAudio {
  /** All channels mixed down to one. */
  samples: Float32Array;
  sampleRate: number;
  durationMs: number;
}

/**
 * Speech needs little bandwidth, and a decoded take lives in memory as 4 bytes a sample:
 * 16 kHz keeps a 15-minute take near 58 MB; past that, 8 kHz halves it.
 */
export const speechSampleRate = (durationMs: number) => (durationMs > 15 * 60_000 ? 8000 : 16000);

function defaultContext(sampleRate: number): { ctx: BaseAudioContext; close: () => void } {
  // Older Safari only has the prefixed names.
  const g = globalThis as {
    OfflineAudioContext?: typeof OfflineAudioContext;
    webkitOfflineAudioContext?: typeof OfflineAudioContext;
    AudioContext?: typeof AudioContext;
    webkitAudioContext?: typeof AudioContext;
  };
  const Offline = g.OfflineAudioContext ?? g.webkitOfflineAudioContext;
  // An offline context never touches the sound card, needs no closing, and resamples to our rate.
  if (Offline) return { ctx: new Offline(1, 1, sampleRate), close: () => {} };
  const Live = g.AudioContext ?? g.webkitAudioContext;
  if (!Live) throw new Error('This browser cannot decode audio.');
  const ctx = new Live();
  return { ctx, close: () => void ctx.close().catch(() => {}) };
}

function decode(ctx: BaseAudioContext, data: ArrayBuffer): Promise<AudioBuffer> {
  return new Promise((resolve, reject) => {
    // Old Safari only calls back; everything newer also (or only, in tests' fakes) returns a promise.
    const promise = ctx.decodeAudioData(data, resolve, reject) as Promise<AudioBuffer> | undefined;
    promise?.then(resolve, reject);
  });
}

/** Mean of the channels, so a stereo file where one side is silent still shows its speech. */
export function mixToMono(buffer: AudioBuffer): Float32Array {
  const channels = Math.max(1, buffer.numberOfChannels);
  if (channels === 1) return buffer.getChannelData(0); // no copy: a long take is large
  const mono = new Float32Array(buffer.length);
  for (let c = 0; c < channels; c++) {
    const data = buffer.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i] = (mono[i] ?? 0) + (data[i] ?? 0) / channels;
  }
  return mono;
}

/**
 * Decodes a stored take. The data is copied first because decodeAudioData detaches the buffer it is
 * given, and the caller's buffer is usually the one it will play or store next.
 */
export async function decodeAudio(data: ArrayBuffer, ctx?: BaseAudioContext, sampleRate = 16000): Promise<DecodedAudio> {
  const own = ctx ? { ctx, close: () => {} } : defaultContext(sampleRate);
  try {
    const buffer = await decode(own.ctx, data.slice(0));
    return {
      samples: mixToMono(buffer),
      sampleRate: buffer.sampleRate,
      durationMs: (buffer.length / buffer.sampleRate) * 1000,
    };
  } finally {
    own.close(); // only closes a context made here
  }
}
