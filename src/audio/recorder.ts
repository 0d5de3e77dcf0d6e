/** Records the microphone with MediaRecorder and hands over ordered chunks as they are made. */
import { ChunkQueue, type RecordedChunk } from './chunk-queue.ts';
import { startLevelMeter } from './level-meter.ts';
import { pickMimeType } from './mime.ts';
import { RecordingClock } from './recording-clock.ts';
import { RecorderError, toRecorderError } from './recorder-error.ts';

export type { RecordedChunk } from './chunk-queue.ts';
export { RECORDER_MESSAGES, RecorderError, toRecorderError, type RecorderErrorKind } from './recorder-error.ts';

export interface RecordingOptions {
  onChunk: (chunk: RecordedChunk) => void | Promise<void>;
  /** A rejected onChunk (e.g. storage full) stops the take; the error comes here. */
  onChunkError?: (error: unknown) => void;
  onLevel?: (level0to1: number) => void;
  /** The engine or the system ended the take without stop() (microphone unplugged, phone call, app suspended). */
  onEnded?: (reason: EndReason) => void;
  /** The microphone went silent by the system's doing (muted: true), or came back (false). */
  onInterrupted?: (muted: boolean) => void;
  timesliceMs?: number;
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  MediaRecorderImpl?: typeof MediaRecorder;
}

export type EndReason = 'microphone-ended' | 'recorder-stopped';

export interface RecordingResult {
  durationMs: number;
  mimeType: string;
  /** Chunks onChunk accepted: always a contiguous run from seq 0 (see ChunkQueue). */
  chunks: number;
}

export interface Recording {
  mimeType(): string | null;
  elapsedMs(): number;
  /** The microphone track, for a live transcript on the same input. */
  track(): MediaStreamTrack | null;
  stop(): Promise<RecordingResult>;
  cancel(): void;
  /** Holds the take (a paused mock round); the elapsed time stops with it. */
  pause(): void;
  resume(): void;
}

// Voice practice, not music: let the browser clean up echo and fan noise.
const CONSTRAINTS: MediaStreamConstraints = { audio: { echoCancellation: true, noiseSuppression: true } };
// If an engine never fires 'stop', do not leave the caller waiting forever.
const STOP_TIMEOUT_MS = 3000;

/** Asks for the microphone and starts recording; rejects with a RecorderError the UI can show. */
export async function startRecording(options: RecordingOptions): Promise<Recording> {
  const timeslice = options.timesliceMs ?? 1000;
  const Recorder = options.MediaRecorderImpl ?? (globalThis as { MediaRecorder?: typeof MediaRecorder }).MediaRecorder;
  const nav = globalThis.navigator as Navigator | undefined;
  // Browsers hide mediaDevices on http pages, which would otherwise read as "unsupported".
  if ((globalThis as { isSecureContext?: boolean }).isSecureContext === false) throw new RecorderError('insecure');
  const getUserMedia = options.getUserMedia ?? (nav?.mediaDevices?.getUserMedia ? (c: MediaStreamConstraints) => nav.mediaDevices.getUserMedia(c) : undefined);
  if (!Recorder || !getUserMedia) throw new RecorderError('unsupported');

  let stream: MediaStream;
  try {
    stream = await getUserMedia(CONSTRAINTS);
  } catch (error) {
    throw toRecorderError(error);
  }
  const releaseTracks = () => stream.getTracks().forEach((t) => t.stop());
  const chosen = pickMimeType((t) => typeof Recorder.isTypeSupported === 'function' && Recorder.isTypeSupported(t), nav?.userAgent ?? '');
  let recorder: MediaRecorder;
  try {
    recorder = chosen ? new Recorder(stream, { mimeType: chosen }) : new Recorder(stream);
  } catch (error) {
    releaseTracks();
    throw toRecorderError(error);
  }

  const clock = new RecordingClock(timeslice);
  const elapsedMs = () => clock.elapsedMs();

  let type: string | null = null; // decided at the first chunk, then fixed for the take
  let seq = 0;
  let stopping: Promise<RecordingResult> | null = null;

  const queue = new ChunkQueue(options.onChunk, (error) => {
    options.onChunkError?.(error);
    void stop(); // storage failed: stop the take rather than record audio that cannot be kept
  });
  const stopMeter = options.onLevel ? startLevelMeter(stream, options.onLevel) : () => {};
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    stopMeter();
    releaseTracks(); // the browser's "microphone in use" indicator goes off
  };

  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  recorder.addEventListener('start', () => clock.started());
  recorder.addEventListener('pause', () => clock.paused());
  recorder.addEventListener('resume', () => clock.resumed());
  let endedByUs = false;
  const endedByEngine = (reason: EndReason) => {
    if (endedByUs || stopping) return;
    options.onEnded?.(reason);
    void stop(); // still release everything and keep what was recorded
  };
  recorder.addEventListener('stop', () => {
    clock.stopped();
    endedByEngine('recorder-stopped');
  });
  for (const track of stream.getAudioTracks?.() ?? []) {
    // Not every engine's MediaStreamTrack is an EventTarget in tests; real ones are.
    track.addEventListener?.('ended', () => endedByEngine('microphone-ended'));
    track.addEventListener?.('mute', () => options.onInterrupted?.(true));
    track.addEventListener?.('unmute', () => options.onInterrupted?.(false));
  }

  recorder.addEventListener('dataavailable', (event) => {
    const blob = (event as BlobEvent).data as Blob | undefined;
    if (!blob || blob.size === 0 || !queue.open) return;
    if (type === null) {
      // Firefox leaves recorder.mimeType empty when no type was asked for; the blob knows.
      type = blob.type || recorder.mimeType || chosen || '';
      clock.firstChunk();
    }
    queue.push({ seq: seq++, mimeType: type, atMs: Math.round(elapsedMs()) }, blob.arrayBuffer());
  });

  async function finish(): Promise<RecordingResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (recorder.state !== 'inactive') {
      clock.stopped(); // the audio ends here; 'stop' fires later, after the last chunk is encoded
      try {
        recorder.stop(); // flushes a final dataavailable, then 'stop'
      } catch {
        /* already stopping (an engine-side error): wait for its 'stop' as usual */
      }
      await Promise.race([stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
      clearTimeout(timer);
    }
    await queue.drain(); // every onChunk settled, the final chunk's too
    release();
    return result();
  }

  function result(): RecordingResult {
    return { durationMs: Math.round(elapsedMs()), mimeType: type || recorder.mimeType || chosen || '', chunks: queue.accepted };
  }

  function stop(): Promise<RecordingResult> {
    endedByUs = true;
    return (stopping ??= finish());
  }

  try {
    recorder.start(timeslice);
  } catch (error) {
    release();
    throw toRecorderError(error);
  }

  return {
    mimeType: () => type ?? (recorder.mimeType || chosen),
    elapsedMs,
    track: () => stream.getAudioTracks?.()[0] ?? null,
    stop,
    pause() {
      if (recorder.state === 'recording') recorder.pause();
    },
    resume() {
      if (recorder.state === 'paused') recorder.resume();
    },
    cancel() {
      endedByUs = true;
      queue.halt();
      release();
      clock.stopped();
      stopping ??= Promise.resolve(result());
      try {
        if (recorder.state !== 'inactive') recorder.stop();
      } catch {
        /* already stopping: the microphone is released either way */
      }
    },
  };
}
