import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECORDER_MESSAGES, RecorderError, startRecording, toRecorderError, type RecordedChunk, type RecordingOptions } from './recorder.ts';

const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';

/** A Blob stand-in whose arrayBuffer() resolves when the test says so. */
function chunk(bytes: number[], type = '') {
  let resolve!: (b: ArrayBuffer) => void;
  const buffer = new Promise<ArrayBuffer>((r) => (resolve = r));
  return { size: bytes.length, type, arrayBuffer: () => buffer, release: () => resolve(new Uint8Array(bytes).buffer) };
}
type FakeBlob = ReturnType<typeof chunk>;

/** MediaRecorder as far as the recorder uses it; events fire asynchronously, as in browsers. */
class FakeRecorder extends EventTarget {
  static supported: string[] = [];
  static last: FakeRecorder;
  static isTypeSupported = (t: string) => FakeRecorder.supported.includes(t);
  /** What the final dataavailable on stop() carries. */
  finalChunk: FakeBlob | null = null;
  state: RecordingState = 'inactive';
  mimeType: string;
  timeslice: number | undefined;
  constructor(
    readonly stream: MediaStream,
    readonly options?: MediaRecorderOptions,
  ) {
    super();
    // Like Firefox: empty unless a type was asked for.
    this.mimeType = options?.mimeType ?? '';
    FakeRecorder.last = this;
  }
  start(timeslice?: number) {
    this.state = 'recording';
    this.timeslice = timeslice;
    queueMicrotask(() => this.dispatchEvent(new Event('start')));
  }
  stop() {
    if (this.state === 'inactive') throw new DOMException('inactive', 'InvalidStateError');
    this.state = 'inactive';
    setTimeout(() => {
      if (this.finalChunk) this.emit(this.finalChunk);
      this.dispatchEvent(new Event('stop'));
    });
  }
  emit(blob: FakeBlob) {
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: blob }));
  }
}

function fakeStream() {
  const track = Object.assign(new EventTarget(), { stop: vi.fn(), kind: 'audio' });
  return { stream: { getTracks: () => [track], getAudioTracks: () => [track] } as unknown as MediaStream, track };
}

let received: RecordedChunk[];
let mic: ReturnType<typeof fakeStream>;
let getUserMedia: ReturnType<typeof vi.fn<(c: MediaStreamConstraints) => Promise<MediaStream>>>;

const start = (extra: Partial<RecordingOptions> = {}) =>
  startRecording({
    onChunk: (c) => void received.push(c),
    getUserMedia,
    MediaRecorderImpl: FakeRecorder as unknown as typeof MediaRecorder,
    ...extra,
  });

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  received = [];
  mic = fakeStream();
  getUserMedia = vi.fn(() => Promise.resolve(mic.stream));
  FakeRecorder.supported = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/webm'];
  vi.stubGlobal('navigator', { userAgent: CHROME_UA });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('startRecording', () => {
  it('asks for a cleaned-up microphone and records the preferred type in 1 s slices', async () => {
    await start();
    expect(getUserMedia).toHaveBeenCalledWith({ audio: { echoCancellation: true, noiseSuppression: true } });
    expect(FakeRecorder.last.options).toEqual({ mimeType: 'audio/webm;codecs=opus' });
    expect(FakeRecorder.last.timeslice).toBe(1000);
  });

  it('asks Safari for MP4, and passes no type when nothing is supported', async () => {
    vi.stubGlobal('navigator', { userAgent: SAFARI_UA });
    await start();
    expect(FakeRecorder.last.options).toEqual({ mimeType: 'audio/mp4' });
    FakeRecorder.supported = [];
    await start();
    expect(FakeRecorder.last.options).toBeUndefined();
  });

  it('delivers chunks in order with 0, 1, 2… even when their bytes arrive out of order', async () => {
    const recording = await start({ timesliceMs: 500 });
    const blobs = [chunk([1], 'audio/webm;codecs=opus'), chunk([2, 2]), chunk([3, 3, 3])];
    for (const b of blobs) FakeRecorder.last.emit(b);
    FakeRecorder.last.emit(chunk([])); // empty slices are skipped
    blobs[2]!.release();
    blobs[1]!.release();
    await tick();
    expect(received).toEqual([]); // waiting for the first
    blobs[0]!.release();
    await tick();
    expect(received.map((c) => [c.seq, new Uint8Array(c.data).length])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(received.every((c) => c.mimeType === 'audio/webm;codecs=opus')).toBe(true);
    expect(recording.mimeType()).toBe('audio/webm;codecs=opus');
  });

  it("takes the type from the first chunk when the recorder's own is empty (Firefox), and keeps it", async () => {
    FakeRecorder.supported = [];
    const recording = await start();
    expect(recording.mimeType()).toBeNull();
    const first = chunk([1], 'audio/ogg; codecs=opus');
    const second = chunk([2], '');
    FakeRecorder.last.emit(first);
    FakeRecorder.last.emit(second);
    first.release();
    second.release();
    await tick();
    expect(received.map((c) => c.mimeType)).toEqual(['audio/ogg; codecs=opus', 'audio/ogg; codecs=opus']);
    expect(recording.mimeType()).toBe('audio/ogg; codecs=opus');
    const result = await recording.stop();
    expect(result.mimeType).toBe('audio/ogg; codecs=opus');
  });

  it('stop() waits for the last chunk to be handled, then releases the microphone', async () => {
    let stored = 0;
    const recording = await start({
      onChunk: async () => {
        await new Promise((r) => setTimeout(r, 20));
        stored++;
      },
    });
    const last = chunk([9, 9], 'audio/webm');
    last.release();
    FakeRecorder.last.finalChunk = last;
    expect(mic.track.stop).not.toHaveBeenCalled();
    const result = await recording.stop();
    expect(stored).toBe(1);
    expect(result).toMatchObject({ chunks: 1, mimeType: 'audio/webm' });
    expect(mic.track.stop).toHaveBeenCalledOnce();
    expect(await recording.stop()).toBe(result); // idempotent
  });

  it('stops, keeps what was stored, and reports when onChunk fails', async () => {
    const full = new DOMException('full', 'QuotaExceededError');
    const onChunkError = vi.fn();
    const stored: number[] = [];
    const recording = await start({
      onChunk: (c) => {
        if (c.seq === 1) throw full;
        stored.push(c.seq);
      },
      onChunkError,
    });
    const blobs = [chunk([1], 'audio/webm'), chunk([2]), chunk([3])];
    for (const b of blobs) {
      b.release();
      FakeRecorder.last.emit(b);
    }
    const result = await recording.stop();
    expect(onChunkError).toHaveBeenCalledExactlyOnceWith(full);
    expect(stored).toEqual([0]); // nothing after the failure: the stored chunks stay contiguous
    expect(result.chunks).toBe(1);
    expect(FakeRecorder.last.state).toBe('inactive');
    expect(mic.track.stop).toHaveBeenCalled();
  });

  it('says when the engine stops the take by itself, keeps the chunks and releases the microphone', async () => {
    const ended = vi.fn();
    const recording = await start({ onEnded: ended });
    const first = chunk([1], 'audio/webm');
    FakeRecorder.last.emit(first);
    first.release();
    FakeRecorder.last.stop(); // as when the system takes the microphone away
    await vi.waitFor(() => expect(mic.track.stop).toHaveBeenCalled());
    expect(ended).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledWith('recorder-stopped');
    expect((await recording.stop()).chunks).toBe(1);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('says when the microphone track ends, and reports mute and unmute', async () => {
    const ended = vi.fn();
    const interrupted = vi.fn();
    await start({ onEnded: ended, onInterrupted: interrupted });
    mic.track.dispatchEvent(new Event('mute'));
    mic.track.dispatchEvent(new Event('unmute'));
    expect(interrupted.mock.calls).toEqual([[true], [false]]);
    mic.track.dispatchEvent(new Event('ended'));
    expect(ended).toHaveBeenCalledWith('microphone-ended');
    await vi.waitFor(() => expect(mic.track.stop).toHaveBeenCalled());
    expect(ended).toHaveBeenCalledTimes(1); // the recorder's own 'stop' that follows is ours
  });

  it('does not call onEnded when the user stops', async () => {
    const ended = vi.fn();
    const recording = await start({ onEnded: ended });
    await recording.stop();
    expect(ended).not.toHaveBeenCalled();
  });

  it('measures elapsed time from the start event, and the duration up to stop()', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const recording = await start();
    expect(recording.elapsedMs()).toBe(0); // 'start' has not fired yet
    await tick();
    now = 3500;
    expect(recording.elapsedMs()).toBe(2500);
    const result = recording.stop();
    now = 4000; // 'stop' fires later, but the audio ended when stop() was called
    expect((await result).durationMs).toBe(2500);
  });

  it('releases everything on cancel() and delivers nothing more', async () => {
    const recording = await start();
    const late = chunk([1], 'audio/webm');
    FakeRecorder.last.emit(late);
    recording.cancel();
    late.release();
    await tick();
    expect(received).toEqual([]);
    expect(mic.track.stop).toHaveBeenCalledOnce();
    expect((await recording.stop()).chunks).toBe(0);
  });

  it('feeds a level meter about 10× a second and closes its AudioContext on stop', async () => {
    const close = vi.fn(() => Promise.resolve());
    class FakeAudioContext {
      state = 'running';
      createMediaStreamSource = () => ({ connect: vi.fn(), disconnect: vi.fn() });
      createAnalyser = () => ({ fftSize: 0, getFloatTimeDomainData: (a: Float32Array) => a.fill(0.25) });
      resume = () => Promise.resolve();
      close = close;
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const levels: number[] = [];
    const recording = await start({ onLevel: (l) => levels.push(l) });
    await new Promise((r) => setTimeout(r, 250));
    expect(levels.length).toBeGreaterThanOrEqual(1);
    expect(levels[0]).toBeCloseTo(0.25, 6);
    await recording.stop();
    expect(close).toHaveBeenCalledOnce();
  });

  it('records without a meter where there is no Web Audio', async () => {
    const recording = await start({ onLevel: () => {} });
    await expect(recording.stop()).resolves.toMatchObject({ chunks: 0 });
  });
});

describe('errors', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['NotFoundError', 'no-microphone'],
    ['OverconstrainedError', 'no-microphone'],
    ['DevicesNotFoundError', 'no-microphone'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'unknown'],
  ] as const)('getUserMedia rejecting with %s → %s', async (name, kind) => {
    getUserMedia.mockRejectedValueOnce(new DOMException('x', name));
    const error = await start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecorderError);
    expect(error).toMatchObject({ kind, message: RECORDER_MESSAGES[kind] });
  });

  it('says the browser cannot record when MediaRecorder or mediaDevices is missing', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    await expect(start({ MediaRecorderImpl: undefined })).rejects.toMatchObject({ kind: 'unsupported' });
    await expect(start({ getUserMedia: undefined })).rejects.toMatchObject({ kind: 'unsupported' });
    expect(RECORDER_MESSAGES.unsupported).toMatch(/can't record audio/);
  });

  it('uses navigator.mediaDevices by default', async () => {
    const defaultGum = vi.fn(() => Promise.resolve(mic.stream));
    vi.stubGlobal('navigator', { userAgent: CHROME_UA, mediaDevices: { getUserMedia: defaultGum } });
    await start({ getUserMedia: undefined });
    expect(defaultGum).toHaveBeenCalledOnce();
  });

  it('says a secure page is needed on http', async () => {
    vi.stubGlobal('isSecureContext', false);
    await expect(start()).rejects.toMatchObject({ kind: 'insecure' });
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('releases the microphone when the recorder cannot be made', async () => {
    const Broken = class {
      static isTypeSupported = () => true;
      constructor() {
        throw new DOMException('no', 'NotSupportedError');
      }
    };
    await expect(start({ MediaRecorderImpl: Broken as unknown as typeof MediaRecorder })).rejects.toMatchObject({ kind: 'unsupported' });
    expect(mic.track.stop).toHaveBeenCalledOnce();
  });

  it('toRecorderError keeps a RecorderError and maps anything else to unknown', () => {
    const e = new RecorderError('busy');
    expect(toRecorderError(e)).toBe(e);
    expect(toRecorderError('nope').kind).toBe('unknown');
    expect(toRecorderError(null).kind).toBe('unknown');
    expect(toRecorderError({ name: 'NotAllowedError' }).cause).toEqual({ name: 'NotAllowedError' });
  });
});
