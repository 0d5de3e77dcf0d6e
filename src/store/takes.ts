/** Recorded takes and their audio, written chunk by chunk so a crash loses at most the last chunk. */
import * as v from 'valibot';
import { LIMITS } from '../shared/limits.ts';
import { checkRecord, keepValid } from './checked.ts';
import { randomId, tx } from './db.ts';
import { problem, type Result } from './errors.ts';
import { AssembledAudioSchema } from './records.ts';
import { INDEXES, STORES, type AssembledAudio, type ChunkRecord, type RehearseDb, type Take } from './schema.ts';

export type { ChunkRecord, Take, TakeAnalysis, TakeStatus } from './schema.ts';

export type TakePatch = Partial<Pick<Take, 'name' | 'rating' | 'notes' | 'analysis' | 'analysisFailed' | 'transcript' | 'durationMs'>>;
/** What deleteTake removed, kept by the UI so Undo can put it back byte for byte. */
export interface DeletedTake {
  take: Take;
  chunks: ChunkRecord[];
}

const GONE = 'This take was deleted, perhaps in another tab.';

const gone = <T>(): Result<T> => ({ ok: false, problem: problem('conflict', undefined, GONE) });
const invalid = <T>(message: string): Result<T> => ({ ok: false, problem: problem('unknown', new RangeError(message), message) });
const isDuration = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;

/** The chunks of one take from `fromSeq` on (all of them by default), in seq order. */
export function chunkRange(takeId: string, fromSeq = 0): IDBKeyRange {
  return IDBKeyRange.bound([takeId, fromSeq], [takeId, Infinity]);
}

/** Chosen before the take is written, so its Web Lock can be held first (see practice/take-locks). */
export const newTakeId = (): string => `take-${randomId(12)}`;

export function createTake(
  db: RehearseDb,
  input: { questionId: string; mimeType: string; startedAt?: number; id?: string },
  now = Date.now(),
): Promise<Result<Take>> {
  const take: Take = {
    id: input.id ?? newTakeId(),
    questionId: input.questionId,
    mimeType: input.mimeType,
    status: 'recording',
    startedAt: input.startedAt ?? now,
    durationMs: 0,
    chunkCount: 0,
    bytes: 0,
    name: '',
    rating: 0,
    notes: '',
    updatedAt: now,
  };
  return tx(db, [STORES.takes], 'readwrite', async (t) => {
    await t.objectStore(STORES.takes).add(take);
    return take;
  });
}

/**
 * Store one chunk and the take's running totals together, so the take never claims audio it lacks.
 * Called about every second while recording: two request rounds, no audio read back. Writing the same
 * seq again replaces it without counting it twice.
 */
export async function appendChunk(db: RehearseDb, takeId: string, seq: number, data: ArrayBuffer, atMs: number, now = Date.now()): Promise<Result<void>> {
  const at = isDuration(atMs) ? atMs : 0;
  const result = await tx(db, [STORES.takes, STORES.chunks], 'readwrite', async (t) => {
    const takes = t.objectStore(STORES.takes);
    const chunks = t.objectStore(STORES.chunks);
    const [take, previous] = await Promise.all([takes.get(takeId), chunks.get([takeId, seq])]);
    if (!take) return false; // deleted elsewhere: orphan audio would never be shown or freed
    const next: Take = {
      ...take,
      chunkCount: take.chunkCount + (previous ? 0 : 1),
      bytes: take.bytes - (previous?.data.byteLength ?? 0) + data.byteLength,
      durationMs: Math.max(take.durationMs, at),
      updatedAt: now,
    };
    await Promise.all([chunks.put({ takeId, seq, data, atMs: at }), takes.put(next)]);
    return true;
  });
  if (!result.ok) return result;
  return result.value ? { ok: true, value: undefined } : gone();
}

/** The recorder's measured duration replaces the chunk-time estimate. */
export function finishTake(db: RehearseDb, takeId: string, done: { durationMs: number; mimeType?: string }, now = Date.now()): Promise<Result<Take>> {
  return change(db, takeId, now, (take) => ({
    ...take,
    status: 'complete',
    durationMs: isDuration(done.durationMs) ? done.durationMs : take.durationMs,
    mimeType: done.mimeType || take.mimeType,
  }));
}

export async function updateTake(db: RehearseDb, id: string, patch: TakePatch, now = Date.now()): Promise<Result<Take>> {
  const { name, rating, notes, analysis, analysisFailed, transcript, durationMs } = patch; // only these; never status or ids
  const trimmed = name?.trim();
  if (trimmed !== undefined && trimmed.length > LIMITS.takeName) {
    return invalid(`Keep the name under ${LIMITS.takeName} characters (it has ${trimmed.length}).`);
  }
  if (rating !== undefined && !(Number.isInteger(rating) && rating >= 0 && rating <= 5)) {
    return invalid('A rating is a whole number from 1 to 5, or 0 for none.');
  }
  if (durationMs !== undefined && !isDuration(durationMs)) return invalid('A duration must be a positive number.');
  const given = { name: trimmed, rating, notes, analysis, analysisFailed, transcript, durationMs };
  const edits = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as TakePatch;
  return change(db, id, now, (take) => ({ ...take, ...edits }));
}

/** Read, edit and write in one transaction so a concurrent edit of another field is not undone. */
async function change(db: RehearseDb, id: string, now: number, edit: (take: Take) => Take): Promise<Result<Take>> {
  const result = await tx(db, [STORES.takes], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.takes);
    const stored = await store.get(id);
    if (!stored) return undefined;
    const next: Take = { ...edit(stored), id, updatedAt: now };
    await store.put(next);
    return next;
  });
  if (!result.ok) return result;
  return result.value ? { ok: true, value: result.value } : gone();
}

export async function getTake(db: RehearseDb, id: string): Promise<Take | undefined> {
  return checkRecord('take', await db.get(STORES.takes, id));
}

/** Newest first. */
export async function listTakes(db: RehearseDb, questionId: string): Promise<Take[]> {
  return newestFirst(await db.getAllFromIndex(STORES.takes, INDEXES.takesByQuestion, questionId));
}

/** Newest first, every question's. */
export async function listAllTakes(db: RehearseDb): Promise<Take[]> {
  return newestFirst(await db.getAll(STORES.takes));
}

function newestFirst(stored: unknown[]): Take[] {
  return keepValid('take', stored).sort((a, b) => b.startedAt - a.startedAt || b.updatedAt - a.updatedAt);
}

/** The take and its whole audio as one ArrayBuffer, read in one transaction so the two agree. */
export async function getTakeAudio(db: RehearseDb, takeId: string): Promise<{ take: Take; data: ArrayBuffer } | undefined> {
  const stored = await getTakeAudioParts(db, takeId);
  if (!stored) return undefined;
  const data = new Uint8Array(stored.parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of stored.parts) {
    data.set(new Uint8Array(part), offset);
    offset += part.byteLength;
  }
  return { take: stored.take, data: data.buffer };
}

/** The take and its audio as the chunks' own buffers, in order, read in one transaction. */
async function getTakeAudioParts(db: RehearseDb, takeId: string): Promise<{ take: Take; parts: ArrayBuffer[] } | undefined> {
  const t = db.transaction([STORES.takes, STORES.chunks], 'readonly');
  const [stored, storedChunks] = await Promise.all([
    t.objectStore(STORES.takes).get(takeId),
    t.objectStore(STORES.chunks).getAll(chunkRange(takeId)), // key order = seq order
  ]);
  const take = checkRecord('take', stored);
  if (!take) return undefined;
  // A bad chunk is a gap in the audio, not a failed take.
  return { take, parts: keepValid('chunk', storedChunks).map((c) => c.data) };
}

/** A take's audio as one Blob, for a player. */
export interface TakePlayback {
  take: Take;
  audio: Blob;
  /** True when it came from the kept assembled file; false when it was joined from the chunks just now. */
  kept: boolean;
}

/**
 * The take and its audio as one Blob. From the kept assembled file when it still matches the take: one
 * record instead of one per second (a 30-minute take is 1,800), and in Chromium a stored Blob reads back
 * as a file reference, not a copy. Otherwise from the chunks, in the same transaction; the caller may then
 * keep the result (keepAssembledAudio) for the next time.
 */
export async function getTakePlayback(db: RehearseDb, takeId: string): Promise<TakePlayback | undefined> {
  const t = db.transaction([STORES.takes, STORES.assembled, STORES.chunks], 'readonly');
  const [stored, assembled] = await Promise.all([t.objectStore(STORES.takes).get(takeId), t.objectStore(STORES.assembled).get(takeId)]);
  const take = checkRecord('take', stored);
  if (!take) return undefined;
  const kept = usableAssembled(take, assembled);
  if (kept) return { take, audio: kept, kept: true };
  const chunks = await t.objectStore(STORES.chunks).getAll(chunkRange(takeId)); // key order = seq order
  const parts = keepValid('chunk', chunks).map((c) => c.data); // a bad chunk is a gap in the audio, not a failed take
  return { take, audio: new Blob(parts, { type: take.mimeType }), kept: false };
}

/**
 * The assembled file as a Blob of the take's type when it was built from exactly what the take holds now;
 * undefined when there is none, it is damaged, or it is stale (then the chunks are read and it is rebuilt).
 * A damaged one is not reported for the user's attention: it is derived data, replaced on the next open.
 */
function usableAssembled(take: Take, value: unknown): Blob | undefined {
  if (value === undefined || take.status === 'recording') return undefined;
  const parsed = v.safeParse(AssembledAudioSchema, value);
  if (!parsed.success) return undefined;
  const { takeId, chunkCount, bytes, audio } = parsed.output;
  const buffer = Object.prototype.toString.call(audio) === '[object ArrayBuffer]' ? (audio as ArrayBuffer) : undefined;
  const size = buffer ? buffer.byteLength : (audio as Blob).size;
  if (takeId !== take.id || chunkCount !== take.chunkCount || bytes !== take.bytes || size !== bytes) return undefined;
  return buffer ? new Blob([buffer], { type: take.mimeType }) : (audio as Blob).slice(0, size, take.mimeType);
}

/**
 * Keeps a finished take's whole audio as one record, so reopening it reads one record, not every chunk.
 * It doubles the take's bytes on the device; worth it because a long take otherwise needs a second or
 * more of reading before it plays, every time it is opened. It is derived data: not in backups, rebuilt
 * from the chunks whenever it is missing or stale, and skipped (false) when the take changed meanwhile, is
 * still recording, or the device is out of space: keeping it must never fail the take.
 * `take` is the record the audio was read with, so the copy is kept only if the take still matches it.
 */
export async function keepAssembledAudio(db: RehearseDb, take: Take, audio: Blob): Promise<boolean> {
  if (take.status === 'recording' || audio.size !== take.bytes) return false; // a gap: a bad or missing chunk
  const put = (data: Blob | ArrayBuffer) =>
    tx(db, [STORES.takes, STORES.assembled], 'readwrite', async (t) => {
      const now = checkRecord('take', await t.objectStore(STORES.takes).get(take.id));
      if (!now || now.status === 'recording' || now.chunkCount !== take.chunkCount || now.bytes !== take.bytes) return false;
      const record: AssembledAudio = { takeId: take.id, chunkCount: take.chunkCount, bytes: take.bytes, audio: data };
      await t.objectStore(STORES.assembled).put(record);
      return true;
    });
  const asBlob = await put(audio);
  if (asBlob.ok) return asBlob.value;
  if (asBlob.problem.kind === 'quota') return false; // out of space: the chunks still play, and an ArrayBuffer would not fit either
  // WebKit (Safari) cannot store a Blob in IndexedDB ("UnknownError: Error preparing Blob/File data"): an ArrayBuffer it can.
  const asBuffer = await put(await audio.arrayBuffer());
  return asBuffer.ok && asBuffer.value;
}

/** Deletes the take and its audio together and hands both back for Undo (its assembled file is not: Undo rebuilds it later). */
export async function deleteTake(db: RehearseDb, id: string): Promise<Result<DeletedTake>> {
  const result = await tx(db, [STORES.takes, STORES.chunks, STORES.assembled], 'readwrite', async (t) => {
    const chunkStore = t.objectStore(STORES.chunks);
    const [take, chunks] = await Promise.all([t.objectStore(STORES.takes).get(id), chunkStore.getAll(chunkRange(id))]);
    if (!take) return undefined;
    await Promise.all([t.objectStore(STORES.takes).delete(id), chunkStore.delete(chunkRange(id)), t.objectStore(STORES.assembled).delete(id)]);
    return { take, chunks };
  });
  if (!result.ok) return result;
  return result.value ? { ok: true, value: result.value } : gone();
}

/** Undo of deleteTake: everything back as it was, in one transaction. */
export function restoreTake(db: RehearseDb, deleted: DeletedTake): Promise<Result<Take>> {
  return tx(db, [STORES.takes, STORES.chunks], 'readwrite', async (t) => {
    const chunks = t.objectStore(STORES.chunks);
    const issued: Promise<unknown>[] = [t.objectStore(STORES.takes).put(deleted.take)];
    try {
      // All at once: one round trip for a long take, not one per chunk.
      for (const chunk of deleted.chunks) if (chunk.takeId === deleted.take.id) issued.push(chunks.put(chunk));
    } catch (error) {
      for (const request of issued) request.catch(() => {}); // they fail with the aborted transaction
      throw error;
    }
    await Promise.all(issued);
    return deleted.take;
  });
}

/** Takes still marked 'recording': live in some tab, or left by a tab that closed. */
export async function listRecordingTakes(db: RehearseDb): Promise<Take[]> {
  return keepValid('take', await db.getAllFromIndex(STORES.takes, INDEXES.takesByStatus, 'recording'));
}

/**
 * On start-up: a take still 'recording' lost its tab (closed, crashed). With audio it becomes
 * 'recovered', its duration estimated from the last chunk; without, there is nothing to keep.
 * `activeTakeIds` are being recorded by another open tab right now and are left alone; so are takes
 * not in `only` (written after the caller asked who records) and takes changed less than `idleMs` ago.
 */
export function recoverUnfinished(
  db: RehearseDb,
  now = Date.now(),
  activeTakeIds: ReadonlySet<string> = new Set(),
  { only, idleMs = 0 }: { only?: ReadonlySet<string>; idleMs?: number } = {},
): Promise<Result<Take[]>> {
  return tx(db, [STORES.takes, STORES.chunks], 'readwrite', async (t) => {
    const takes = t.objectStore(STORES.takes);
    const unfinished = await takes.index(INDEXES.takesByStatus).getAll('recording');
    const recovered: Take[] = [];
    for (const stored of unfinished) {
      const take = checkRecord('take', stored); // a bad one is left as it is, for a backup to restore
      if (!take || activeTakeIds.has(take.id) || (only && !only.has(take.id)) || (idleMs > 0 && now - take.updatedAt < idleMs)) continue;
      const last = await t.objectStore(STORES.chunks).openCursor(chunkRange(take.id), 'prev');
      if (!last) {
        await takes.delete(take.id);
        continue;
      }
      const lastAtMs = checkRecord('chunk', last.value)?.atMs ?? take.durationMs;
      const next: Take = { ...take, status: 'recovered', durationMs: lastAtMs, updatedAt: now };
      await takes.put(next);
      recovered.push(next);
    }
    return recovered;
  });
}
