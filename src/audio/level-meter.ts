/** A live microphone level (RMS, 0..1) for the meter while recording; optional, never fatal. */

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  // Safari before 14.1 only has the prefixed name.
  const g = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return g.AudioContext ?? g.webkitAudioContext;
}

/** Root mean square of a block of samples: 0 for silence, ~0.35 for a half-scale sine. */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.min(1, Math.sqrt(sum / samples.length));
}

/**
 * Calls onLevel about every intervalMs with the stream's current RMS; returns the function that
 * stops it and closes the AudioContext. Without Web Audio (or if it fails) there is simply no meter.
 */
export function startLevelMeter(stream: MediaStream, onLevel: (level: number) => void, intervalMs = 100): () => void {
  const Ctx = audioContextClass();
  if (!Ctx) return () => {};
  let ctx: AudioContext | undefined;
  try {
    ctx = new Ctx();
    const source = ctx.createMediaStreamSource(stream);
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 2048; // ~43 ms at 48 kHz: steady enough for a meter, quick enough to follow speech
    source.connect(analyser); // not to the destination: the user must not hear themselves
    const block = new Float32Array(analyser.fftSize);
    // Started from a click, so usually running; resume() covers engines that start it suspended.
    void ctx.resume?.()?.catch(() => {});
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(block);
      onLevel(rms(block));
    }, intervalMs);
    const opened = ctx;
    return () => {
      clearInterval(timer);
      source.disconnect();
      if (opened.state !== 'closed') void opened.close().catch(() => {});
    };
  } catch {
    // e.g. Safari's limit on open AudioContexts: recording matters more than the meter
    void ctx?.close().catch(() => {});
    return () => {};
  }
}
