/** Recorded takes and their audio, written chunk by chunk so a crash loses at most the last chunk. */
import { LIMITS } from '../shared/limits.ts';
import { checkRecord, keepValid } from './checked.ts';
import { randomId, tx } from './db.ts';
import { problem, type Result } from './errors.ts';
import { INDEXES, STORES, type ChunkRecord, type RehearseDb, type Take } from './schema.ts';

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

/**
 * The take and its audio as the chunks' own buffers, in order: for a player, which hands them to a Blob
 * as they are (a 30-minute take is copied once, not twice).
 */
export async function getTakeAudioParts(db: RehearseDb, takeId: string): Promise<{ take: Take; parts: ArrayBuffer[] } | undefined> {
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

/** Deletes the take and its audio together and hands both back for Undo. */
export async function deleteTake(db: RehearseDb, id: string): Promise<Result<DeletedTake>> {
  const result = await tx(db, [STORES.takes, STORES.chunks], 'readwrite', async (t) => {
    const chunkStore = t.objectStore(STORES.chunks);
    const [take, chunks] = await Promise.all([t.objectStore(STORES.takes).get(id), chunkStore.getAll(chunkRange(id))]);
    if (!take) return undefined;
    await Promise.all([t.objectStore(STORES.takes).delete(id), chunkStore.delete(chunkRange(id))]);
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
