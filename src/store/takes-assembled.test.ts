import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { badRecords } from './attention.ts';
import { clearEverything } from './backup.ts';
import { mergeTake } from './backup-merge.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { deleteQuestionRecords, restoreQuestionRecords } from './question-records.ts';
import { STORES, type RehearseDb } from './schema.ts';
import { appendChunk, chunkRange, createTake, deleteTake, finishTake, getTake, getTakePlayback, keepAssembledAudio, restoreTake, type Take } from './takes.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const MIME = 'audio/webm;codecs=opus';
const bytes = (start: number, length: number): ArrayBuffer => Uint8Array.from({ length }, (_, i) => (start + i) % 256).buffer;
const asArray = (data: ArrayBuffer | undefined) => [...new Uint8Array(data ?? new ArrayBuffer(0))];

/** A finished take of `parts` chunks of 10 bytes each: 0..9, 10..19, … */
async function finishedTake(parts = 3, questionId = 'why-openai'): Promise<Take> {
  const created = await createTake(db, { questionId, mimeType: MIME, startedAt: 1_000 }, 1_000);
  if (!created.ok) throw new Error('create failed');
  for (let seq = 0; seq < parts; seq++) expect((await appendChunk(db, created.value.id, seq, bytes(seq * 10, 10), seq * 1_000)).ok).toBe(true);
  const done = await finishTake(db, created.value.id, { durationMs: parts * 1_000 });
  if (!done.ok) throw new Error('finish failed');
  return done.value;
}

/** The take's audio as the player reads it, and where it came from. */
async function played(takeId: string) {
  const read = await getTakePlayback(db, takeId);
  return read && { kept: read.kept, type: read.audio.type, bytes: asArray(await read.audio.arrayBuffer()) };
}

/** Read, then kept, as the player does the first time. */
async function keepFromChunks(takeId: string): Promise<boolean> {
  const read = await getTakePlayback(db, takeId);
  if (!read) throw new Error('no take');
  return keepAssembledAudio(db, read.take, read.audio);
}

const dropChunks = (takeId: string) => db.delete(STORES.chunks, chunkRange(takeId));

describe('the assembled file of a finished take', () => {
  it('is kept once and then played without reading the chunks', async () => {
    const take = await finishedTake();
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
    expect(await keepFromChunks(take.id)).toBe(true);
    expect(await db.get(STORES.assembled, take.id)).toMatchObject({ takeId: take.id, chunkCount: 3, bytes: 30 });
    // Proof that the chunks are not read: without them the take still plays, whole, from the kept file.
    await dropChunks(take.id);
    expect(await played(take.id)).toEqual({ kept: true, type: MIME, bytes: asArray(bytes(0, 30)) });
  });

  it('is never kept for a take still recording, with a gap, or changed or deleted since it was read', async () => {
    const recording = await createTake(db, { questionId: 'why-openai', mimeType: MIME });
    if (!recording.ok) throw new Error('create failed');
    await appendChunk(db, recording.value.id, 0, bytes(0, 10), 0);
    expect(await keepFromChunks(recording.value.id)).toBe(false);

    const take = await finishedTake();
    const read = await getTakePlayback(db, take.id);
    expect(await keepAssembledAudio(db, read!.take, read!.audio.slice(0, 20))).toBe(false); // a bad chunk left a gap
    await appendChunk(db, take.id, 3, bytes(30, 10), 3_000); // the take changed after the read
    expect(await keepAssembledAudio(db, read!.take, read!.audio)).toBe(false);
    expect((await deleteTake(db, take.id)).ok).toBe(true);
    expect(await keepAssembledAudio(db, read!.take, read!.audio)).toBe(false); // no orphan file
    expect(await db.count(STORES.assembled)).toBe(0);
  });

  it('is ignored when stale (the take holds other audio now) and rebuilt', async () => {
    const take = await finishedTake();
    expect(await keepFromChunks(take.id)).toBe(true);
    await appendChunk(db, take.id, 3, bytes(30, 10), 3_000);
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 40)) });
    expect(await keepFromChunks(take.id)).toBe(true);
    expect(await played(take.id)).toEqual({ kept: true, type: MIME, bytes: asArray(bytes(0, 40)) });
  });

  it('is ignored when its size disagrees with what it claims', async () => {
    const take = await finishedTake();
    await db.put(STORES.assembled, { takeId: take.id, chunkCount: 3, bytes: 30, audio: new Blob([bytes(0, 29)]) });
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
  });

  it('is ignored when damaged, without crashing or asking for the user’s attention, and rebuilt', async () => {
    const take = await finishedTake();
    for (const bad of [
      { takeId: take.id, chunkCount: 3, bytes: 30, audio: 'not audio' },
      { takeId: take.id },
      { takeId: take.id, chunkCount: -1, bytes: 30, audio: new Blob([bytes(0, 30)]) },
    ]) {
      await db.put(STORES.assembled, bad as never);
      expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
    }
    expect(badRecords()).toEqual([]);
    expect(await keepFromChunks(take.id)).toBe(true);
    await dropChunks(take.id);
    expect((await played(take.id))?.kept).toBe(true);
  });

  it('is kept as an ArrayBuffer where the engine cannot store a Blob (WebKit), and plays the same', async () => {
    const take = await finishedTake();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === STORES.assembled && (value as { audio?: unknown }).audio instanceof Blob) {
        throw new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError');
      }
      return put.call(this, value, key);
    });
    expect(await keepFromChunks(take.id)).toBe(true);
    vi.restoreAllMocks();
    expect(Object.prototype.toString.call((await db.get(STORES.assembled, take.id))?.audio)).toBe('[object ArrayBuffer]');
    await dropChunks(take.id);
    expect(await played(take.id)).toEqual({ kept: true, type: MIME, bytes: asArray(bytes(0, 30)) });
  });

  it('is skipped when the disk is full, and the take plays on from its chunks', async () => {
    const take = await finishedTake();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await keepFromChunks(take.id)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1); // no second try as an ArrayBuffer: that would not fit either
    vi.restoreAllMocks();
    expect(await getTake(db, take.id)).toEqual(take);
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
  });
});

describe('the assembled file goes with its take', () => {
  it('when the take is deleted; Undo brings the take back and the file is rebuilt', async () => {
    const take = await finishedTake();
    const other = await finishedTake(2);
    expect(await keepFromChunks(take.id)).toBe(true);
    expect(await keepFromChunks(other.id)).toBe(true);
    const deleted = await deleteTake(db, take.id);
    if (!deleted.ok) throw new Error('delete failed');
    expect(await db.getAllKeys(STORES.assembled)).toEqual([other.id]);
    expect((await restoreTake(db, deleted.value)).ok).toBe(true);
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
    expect(await keepFromChunks(take.id)).toBe(true);
  });

  it('when its question is deleted (and Undo works as before)', async () => {
    const take = await finishedTake(3, 'why-openai');
    const other = await finishedTake(2, 'tell-me-about-yourself');
    expect(await keepFromChunks(take.id)).toBe(true);
    expect(await keepFromChunks(other.id)).toBe(true);
    const deleted = await deleteQuestionRecords(db, 'why-openai');
    if (!deleted.ok) throw new Error('delete failed');
    expect(await db.getAllKeys(STORES.assembled)).toEqual([other.id]);
    expect((await restoreQuestionRecords(db, deleted.value)).ok).toBe(true);
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
  });

  it('with Delete everything', async () => {
    const take = await finishedTake();
    expect(await keepFromChunks(take.id)).toBe(true);
    expect((await clearEverything(db)).ok).toBe(true);
    expect(await db.count(STORES.assembled)).toBe(0);
  });

  it('when an import writes audio under its id', async () => {
    const take = await finishedTake();
    expect(await keepFromChunks(take.id)).toBe(true);
    const { take: gone, chunks } = await deleteTake(db, take.id).then((r) => (r.ok ? r.value : Promise.reject(new Error('delete failed'))));
    // A file left from before (say an older release did not remove it): the import must not play it.
    await db.put(STORES.assembled, { takeId: take.id, chunkCount: 3, bytes: 30, audio: new Blob([bytes(100, 30)]) });
    expect(await mergeTake(db, gone, chunks)).toEqual({ ok: true, value: 'added' });
    expect(await db.count(STORES.assembled)).toBe(0);
    expect(await played(take.id)).toEqual({ kept: false, type: MIME, bytes: asArray(bytes(0, 30)) });
  });

  it('is left alone by an import of the same take (its audio is unchanged)', async () => {
    const take = await finishedTake();
    expect(await keepFromChunks(take.id)).toBe(true);
    const chunks = await db.getAll(STORES.chunks, chunkRange(take.id));
    expect(await mergeTake(db, { ...take, name: 'newer', updatedAt: take.updatedAt + 1 }, chunks)).toEqual({ ok: true, value: 'updated' });
    expect((await played(take.id))?.kept).toBe(true);
  });
});
