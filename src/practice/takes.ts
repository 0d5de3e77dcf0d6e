import { signal } from '@preact/signals';
import { analyseSpeech } from '../audio/analysis';
import { decodeAudio, speechSampleRate } from '../audio/decode';
import { extensionFor } from '../audio/mime';
import { peaks } from '../audio/waveform';
import { slug } from '../shared/slug';
import {
  deleteTake,
  getTakeAudio,
  getTakePlayback,
  keepAssembledAudio,
  listAllTakes,
  listRecordingTakes,
  listTakes,
  recoverUnfinished,
  restoreTake,
  updateTake,
  type Take,
} from '../store/takes';
import { liveTabs, tabId, whenTabCloses } from './editing/tabs';
import { journalSetAside } from './attention';
import { putBack, takeJournal, withUnsavedTakeText } from './journal';
import type { RehearseDb } from '../store/schema';
import { recoveredTakes } from './recovered';
import { database, report } from './session';
import { activeTakeIds, haveWebLocks } from './take-locks';

/** Takes per question, newest first, for the questions whose page has been opened. */
export const takes = signal<ReadonlyMap<string, Take[]>>(new Map());

/** The take a Stop has just finished, so its question's list opens it in the player; the list clears it. */
export const justStopped = signal<{ questionId: string; takeId: string } | null>(null);

export async function loadTakes(questionId: string): Promise<void> {
  const db = await database();
  if (!db) return;
  let list = await listTakes(db, questionId);
  if (await saveUnsavedTakeText(db, list)) list = await listTakes(db, questionId);
  takes.value = new Map(takes.value).set(questionId, list);
}

/**
 * A name or notes typed in a tab closed before the write landed (the journal is written on every key):
 * stored now, and the entry removed. Entries of open tabs are left to them. True when a take changed.
 */
async function saveUnsavedTakeText(db: RehearseDb, list: readonly Take[]): Promise<boolean> {
  let setAside = false;
  const found = list
    .map((take) => {
      const read = takeJournal.readAll(take.id);
      setAside ||= read.setAside.length > 0;
      return { take, entries: read.entries.filter((e) => e.tab !== tabId) };
    })
    .filter((f) => f.entries.length);
  if (setAside) journalSetAside(); // an entry that could not be read is kept aside and listed under Needs attention
  if (!found.length) return false;
  const live = await liveTabs();
  let changed = false;
  for (const { take, entries } of found) {
    const closed = entries.filter((e) => !e.tab || !live?.has(e.tab));
    // A tab still closing (or open): once it is gone, its text is picked up here.
    for (const tab of new Set(entries.filter((e) => e.tab && live?.has(e.tab)).map((e) => e.tab!)))
      void whenTabCloses(tab).then(() => loadTakes(take.questionId));
    if (!closed.length) continue;
    const text = withUnsavedTakeText({ name: take.name, notes: take.notes }, closed);
    if (text) {
      const result = await updateTake(db, take.id, text);
      if (!result.ok) {
        report(result.problem);
        continue; // the entries stay for the next try
      }
      changed = true;
    }
    for (const entry of closed) takeJournal.remove(entry.key);
  }
  return changed;
}

/** Without Web Locks, a take whose last chunk is younger than this may still be recording in another tab. */
export const QUIET_BEFORE_RECOVERY_MS = 10_000;

/**
 * On start-up: a take that never stopped becomes a recovered take, analysed like the others. Takes
 * recording in another tab (holding their Web Lock) are left alone.
 */
export async function recoverTakes(): Promise<void> {
  const db = await database();
  if (!db) return;
  // Read, then ask who records: a live take's lock is taken before it is written, so every live take read here shows as held.
  const unfinished = await listRecordingTakes(db);
  const active = await activeTakeIds();
  const idleMs = haveWebLocks() ? 0 : QUIET_BEFORE_RECOVERY_MS;
  const now = Date.now();
  const result = await recoverUnfinished(db, now, active, { only: new Set(unfinished.map((t) => t.id)), idleMs });
  if (!result.ok) return report(result.problem);
  const known = new Set(recoveredTakes.value.map((t) => t.id));
  const found = result.value.filter((t) => !known.has(t.id)).map(({ id, questionId }) => ({ id, questionId }));
  if (found.length) recoveredTakes.value = [...recoveredTakes.value, ...found];
  for (const questionId of new Set(result.value.map((t) => t.questionId))) await loadTakes(questionId);
  // Without Web Locks, look again once a take that changed moments ago has been quiet long enough.
  if (idleMs && unfinished.some((t) => !active.has(t.id) && now - t.updatedAt < idleMs)) setTimeout(() => void recoverTakes(), idleMs);
  await analysePending();
}

/**
 * Takes with no figures yet: just recovered, or stopped moments before the tab closed (decoding takes
 * Firefox and WebKit a few hundred ms). One at a time, oldest first, so a phone is not swamped.
 */
export async function analysePending(): Promise<void> {
  const db = await database();
  if (!db) return;
  const pending = (await listAllTakes(db)).filter((t) => t.status !== 'recording' && !t.analysis && !t.analysisFailed);
  for (const take of pending.sort((a, b) => a.startedAt - b.startedAt)) await analyseTake(take.id);
}

export interface TakeAudio {
  take: Take;
  url: string;
  /** 0..1 per bucket, for the waveform. */
  waveform: Float32Array | null;
  revoke(): void;
}

/** The take as a playable object URL; the caller must revoke() it (the player does on unmount). */
const WAVEFORM_BUCKETS = 160;

export async function openTakeAudio(takeId: string, buckets = WAVEFORM_BUCKETS): Promise<TakeAudio | null> {
  const db = await database();
  const stored = db ? await getTakePlayback(db, takeId) : undefined;
  if (!db || !stored) return null;
  const saved = stored.take.analysis?.waveform;
  let waveform: Float32Array | null = saved ? Float32Array.from(saved) : null;
  // Before the analysis lands (a take just stopped), decode short takes here; long ones wait for it.
  if (!waveform && stored.take.durationMs < 5 * 60_000) {
    try {
      waveform = peaks((await decodeAudio(await stored.audio.arrayBuffer())).samples, buckets);
    } catch {
      /* undecodable here (another engine's format): it may still play */
    }
  }
  // Made last, after every await: a player closed meanwhile gets it and revokes it at once.
  const url = URL.createObjectURL(stored.audio);
  // Joined from the chunks: keep the file for next time, in the background once it plays. A take not yet
  // analysed is left to analyseTake, which keeps it when it is done (one write, not two).
  if (!stored.kept && (stored.take.analysis || stored.take.analysisFailed)) void keepAudioFile(db, stored.take, stored.audio);
  return { take: stored.take, url, waveform, revoke: () => URL.revokeObjectURL(url) };
}

/** How far a take's recording clock and its decoded audio may differ before the audio's length is taken (engines' encoder padding is ~50 ms). */
export const CLOCK_TRUSTED_WITHIN_MS = 250;

/** Delivery figures and the real duration, from the audio itself (Chrome's WebM carries no duration). */
export async function analyseTake(takeId: string): Promise<void> {
  const db = await database();
  const stored = db ? await getTakeAudio(db, takeId) : undefined;
  if (!db || !stored) return;
  // Made before decoding, which may detach the buffer, and kept while the decoding runs.
  const keeping = keepAudioFile(db, stored.take, new Blob([stored.data], { type: stored.take.mimeType })).catch(() => false);
  let patch: Parameters<typeof updateTake>[2];
  try {
    const decoded = await decodeAudio(stored.data, undefined, speechSampleRate(stored.take.durationMs));
    const { speakingMs, silenceMs, longestPauseMs, longPauses, pauses } = analyseSpeech(decoded.samples, decoded.sampleRate);
    const waveform = Array.from(peaks(decoded.samples, WAVEFORM_BUCKETS), (v) => Math.round(v * 1000) / 1000);
    patch = { analysis: { speakingMs, silenceMs, longestPauseMs, longPauses, pauses, waveform } };
    // The audio is the final word on a take's length: a recovered take has no clock of its own, and an engine can
    // deliver less audio than its recording clock ran (WebKit, seen once: 2.0 s of audio for 2.7 s timed, a late
    // start shorter than the clock corrects, or a tail lost at stop). The length shown is then the one that plays.
    const measured = stored.take.durationMs;
    if (stored.take.status === 'recovered' || !measured || Math.abs(decoded.durationMs - measured) > CLOCK_TRUSTED_WITHIN_MS) {
      patch.durationMs = Math.round(decoded.durationMs);
    }
  } catch {
    // The figures are a bonus: a take that cannot be decoded here still plays and downloads.
    patch = { analysisFailed: true };
  }
  // The figures land after the file: a take that shows them reopens from it (openTakeAudio keeps it otherwise).
  await keeping;
  await updateTake(db, takeId, patch);
  await loadTakes(stored.take.questionId);
}

/**
 * The copy doubles a take's bytes: kept only while, after it, the device keeps room for another take that
 * long and a tenth of the quota, so it never takes the space the next recording needs. Where the browser
 * gives no estimate, the write is tried (and skipped on a full disk).
 */
async function keepAudioFile(db: RehearseDb, take: Take, audio: Blob): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.usage !== undefined) {
    const freeAfter = estimate.quota - estimate.usage - audio.size;
    if (freeAfter < Math.max(audio.size, estimate.quota / 10)) return false;
  }
  return keepAssembledAudio(db, take, audio);
}

export async function editTake(take: Take, patch: Partial<Pick<Take, 'name' | 'rating' | 'notes'>>): Promise<boolean> {
  const db = await database();
  if (!db) return false;
  const result = await updateTake(db, take.id, patch);
  if (!result.ok) report(result.problem);
  await loadTakes(take.questionId);
  return result.ok;
}

/** Deletes at once and returns an undo that puts the take back byte for byte. */
export async function removeTake(take: Take): Promise<(() => Promise<void>) | null> {
  const db = await database();
  if (!db) return null;
  const result = await deleteTake(db, take.id);
  if (!result.ok) {
    await loadTakes(take.questionId);
    report(result.problem);
    return null;
  }
  const journal = takeJournal.take(take.id); // unsaved name and notes go with it, and come back with the Undo
  await loadTakes(take.questionId);
  return async () => {
    const back = await restoreTake(db, result.value);
    if (!back.ok) report(back.problem);
    else putBack(journal);
    await loadTakes(take.questionId);
  };
}

export function takeFileName(take: Take, questionText: string): string {
  const date = new Date(take.startedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `rehearse-${slug(questionText, { maxLength: 40, fallback: 'question' })}-${date}.${extensionFor(take.mimeType)}`;
}
