import { signal } from '@preact/signals';
import { startRecording, type EndReason } from '../audio/recorder';
import { installTranscripts, startTranscript, transcriptLanguage, transcriptSupport, type TranscriptSupport } from '../audio/transcript';
import { appendChunk, createTake, finishTake, newTakeId, updateTake, type Take } from '../store/takes';
import { askToPersist, database, report } from './session';
import { rememberStarted } from './started';
import { claimRecorder, holdTake } from './take-locks';
import { holdUpdates } from './update-guard';
import { analyseTake, justStopped, loadTakes } from './takes';

export interface LiveTake {
  questionId: string;
  elapsedMs: number;
  level: number;
  /** Set once the first chunk is stored: from then on a closed tab loses at most the last second. */
  takeId: string | null;
  /** The system silenced the microphone (another app, a call, the app in the background). */
  interrupted: boolean;
}

/** The take being recorded right now (one at a time in a tab), or null. */
export const live = signal<LiveTake | null>(null);
/** What went wrong with the last recording, in words the user can act on. */
export const recordingProblem = signal<string | null>(null);
/** A take kept only in memory because storage failed: the user can still download it. */
export const unsavedAudio = signal<{ questionId: string; blob: Blob } | null>(null);
/** Whether takes get an on-device transcript here; null until asked. */
export const transcripts = signal<TranscriptSupport | 'installing' | null>(null);

const ENDED: Record<EndReason, string> = {
  'microphone-ended': 'The microphone was disconnected or taken by another app, so the recording stopped.',
  'recorder-stopped': 'The browser stopped the recording (this happens on some phones when the screen locks or you switch apps).',
};

export async function checkTranscripts(): Promise<void> {
  if (transcripts.value === null) transcripts.value = await transcriptSupport(transcriptLanguage());
}

/** The one-time download of the browser's own speech model; audio never leaves the device. */
export async function enableTranscripts(): Promise<void> {
  transcripts.value = 'installing';
  transcriptInstallFailed.value = !(await installTranscripts(transcriptLanguage()));
  transcripts.value = await transcriptSupport(transcriptLanguage());
}
/** The browser could not fetch its speech model (offline, no space): say so, recording is unaffected. */
export const transcriptInstallFailed = signal(false);

/** The take recording in this tab: how to finish it, and what to let go of afterwards. */
let current: {
  finish: () => Promise<string | null>;
  release: () => void;
  wakeLock: WakeLockSentinel | null;
  ticker: number;
  pause: () => void;
  resume: () => void;
} | null = null;

async function keepScreenOn(): Promise<WakeLockSentinel | null> {
  try {
    return (await navigator.wakeLock?.request('screen')) ?? null;
  } catch {
    return null; // not supported or refused (e.g. low battery): recording still works
  }
}

export const ALREADY_RECORDING = 'Already recording in another tab. Stop that recording first; nothing here was changed.';
const STARTING_HERE = 'A take is already starting or recording in this tab. Stop it first.';
let starting = false;
let recorderFree: Promise<void> = Promise.resolve();

/** Starts a take of the question (the question page's Record, or a mock round's answer); true once it records. */
export async function startTake(questionId: string): Promise<boolean> {
  if (current || starting) {
    recordingProblem.value = STARTING_HERE;
    return false;
  }
  recordingProblem.value = null;
  unsavedAudio.value = null;
  starting = true;
  try {
    await start(questionId);
  } finally {
    starting = false;
  }
  return current !== null;
}

async function start(questionId: string): Promise<void> {
  const db = await database();
  if (!db) {
    recordingProblem.value = 'Rehearse cannot save on this device right now, so it will not record. Check the message at the top of the page.';
    return;
  }
  let endLock = () => {};
  const finished = new Promise<void>((resolve) => (endLock = resolve));
  // One recorder for the whole app, claimed before the microphone is asked for: two prompts would mean two recorders.
  await recorderFree; // a take just stopped here lets go of it first
  const recorder = await claimRecorder(finished);
  if (!recorder) {
    endLock();
    recordingProblem.value = ALREADY_RECORDING;
    return;
  }
  recorderFree = recorder.released;
  // The take's lock is held before its record exists, so no other tab's start-up can take it for abandoned.
  const takeId = newTakeId();
  await holdTake(takeId, finished);
  const memory: ArrayBuffer[] = []; // a copy, so a storage failure mid-take loses nothing
  let take: Take | null = null;
  let mime = '';
  const release = holdUpdates('recording');
  try {
    const recording = await startRecording({
      onChunk: async ({ seq, data, mimeType, atMs }) => {
        memory.push(data);
        mime = mimeType;
        if (!take) {
          const created = await createTake(db, { id: takeId, questionId, mimeType });
          if (!created.ok) throw created.problem;
          take = created.value;
          rememberStarted(true);
          if (live.value) live.value = { ...live.value, takeId: take.id };
        }
        const stored = await appendChunk(db, take.id, seq, data, atMs);
        if (!stored.ok) throw stored.problem;
      },
      onChunkError: (error: unknown) => {
        const message = (error as { message?: string }).message ?? String(error);
        recordingProblem.value = `Recording stopped: ${message} Everything recorded so far is kept below; download it to be safe.`;
        unsavedAudio.value = { questionId, blob: new Blob(memory, { type: mime }) };
        if ((error as { kind?: string }).kind) report(error as Parameters<typeof report>[0]);
        void stopTake();
      },
      onLevel: (level) => {
        if (live.value) live.value = { ...live.value, level };
      },
      onInterrupted: (muted) => {
        if (live.value) live.value = { ...live.value, interrupted: muted };
      },
      onEnded: (reason) => {
        const kept = live.value ? ` Everything up to ${Math.floor(live.value.elapsedMs / 1000)} s is kept below.` : '';
        recordingProblem.value = ENDED[reason] + kept;
        void stopTake();
      },
    });
    const wakeLock = await keepScreenOn();
    const transcript = transcripts.value === 'available' ? startTranscript(transcriptLanguage(), recording.track()) : null;
    const ticker = window.setInterval(() => {
      if (live.value) live.value = { ...live.value, elapsedMs: recording.elapsedMs() };
    }, 200);
    const finish = async () => {
      const [{ durationMs }, text] = await Promise.all([recording.stop(), transcript?.stop() ?? Promise.resolve('')]);
      if (take) {
        // If this write fails the chunks are still stored: the next start recovers the take.
        const done = await finishTake(db, take.id, { durationMs, mimeType: mime });
        if (!done.ok) report(done.problem);
        // Asked once the take is stopped, never while it records: Firefox answers persist() with a permission prompt.
        void askToPersist();
        if (text) await updateTake(db, take.id, { transcript: text });
        void analyseTake(take.id);
      }
      await loadTakes(questionId);
      if (take) justStopped.value = { questionId, takeId: take.id };
      return take?.id ?? null;
    };
    current = { finish, release: () => (release(), endLock()), wakeLock, ticker, pause: () => recording.pause(), resume: () => recording.resume() };
    live.value = { questionId, elapsedMs: 0, level: 0, takeId: null, interrupted: false };
  } catch (error) {
    release();
    endLock();
    recordingProblem.value = (error as { message?: string }).message ?? 'Recording could not start.';
  }
}

/** Stops the take recording in this tab; its id once stored (null: nothing recorded, or no take). */
export async function stopTake(): Promise<string | null> {
  const c = current;
  if (!c) return null;
  current = null;
  clearInterval(c.ticker);
  live.value = null;
  try {
    return await c.finish();
  } finally {
    void c.wakeLock?.release().catch(() => {});
    c.release();
  }
}

/** Holds the take recording here (a paused mock round) and lets it go on; no-ops when nothing records. */
export function pauseTake(): void {
  current?.pause();
}
export function resumeTake(): void {
  current?.resume();
}
