import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './fresh-db.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';
import {
  appendChunk,
  createTake,
  deleteTake,
  finishTake,
  getTake,
  getTakeAudio,
  getTakePlayback,
  listAllTakes,
  listTakes,
  recoverUnfinished,
  restoreTake,
  updateTake,
  type Take,
} from './takes.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const MIME = 'audio/webm;codecs=opus';

/** `length` bytes counting up from `start`, as the ArrayBuffer a recorder hands over. */
function bytes(start: number, length: number): ArrayBuffer {
  return Uint8Array.from({ length }, (_, i) => (start + i) % 256).buffer;
}

async function newTake(questionId = 'why-openai', startedAt = 1_000): Promise<Take> {
  const created = await createTake(db, { questionId, mimeType: MIME, startedAt }, startedAt);
  if (!created.ok) throw new Error('create failed');
  return created.value;
}

async function append(takeId: string, seq: number, data: ArrayBuffer, atMs: number): Promise<void> {
  expect(await appendChunk(db, takeId, seq, data, atMs)).toEqual({ ok: true, value: undefined });
}

const asArray = (data: ArrayBuffer | undefined) => [...new Uint8Array(data ?? new ArrayBuffer(0))];

describe('recording a take', () => {
  it('creates, appends and finishes; the audio reads back byte for byte in seq order', async () => {
    const take = await newTake();
    expect(take).toMatchObject({ questionId: 'why-openai', mimeType: MIME, status: 'recording', chunkCount: 0, bytes: 0, name: '', rating: 0, notes: '' });
    expect(take.id).toMatch(/^take-[a-z2-9]{12}$/);
    const parts = [bytes(0, 10), bytes(100, 7), bytes(200, 13)];
    // Out of order on purpose: the key, not the arrival, decides the order.
    await append(take.id, 2, parts[2]!, 3_000);
    await append(take.id, 0, parts[0]!, 1_000);
    await append(take.id, 1, parts[1]!, 2_000);
    expect(await getTake(db, take.id)).toMatchObject({ chunkCount: 3, bytes: 30, durationMs: 3_000, status: 'recording' });

    const finished = await finishTake(db, take.id, { durationMs: 3_250 }, 5_000);
    expect(finished.ok && finished.value).toMatchObject({ status: 'complete', durationMs: 3_250, mimeType: MIME, updatedAt: 5_000 });
    const audio = await getTakeAudio(db, take.id);
    expect(audio?.data).toBeInstanceOf(ArrayBuffer);
    expect(asArray(audio?.data)).toEqual(parts.flatMap((p) => asArray(p)));
    expect(audio?.take.status).toBe('complete');
    // The player's read (nothing kept yet): the same bytes joined in seq order, typed as the take.
    const read = await getTakePlayback(db, take.id);
    expect(read).toMatchObject({ kept: false, take: { id: take.id } });
    expect(read?.audio.type).toBe(MIME);
    expect(asArray(await read?.audio.arrayBuffer())).toEqual(parts.flatMap((p) => asArray(p)));
    expect(await getTakePlayback(db, 'take-none')).toBeUndefined();
  });

  it('counts a re-sent chunk once, and finishing takes a late MIME type but never an empty one', async () => {
    const take = await newTake();
    await append(take.id, 0, bytes(0, 10), 1_000);
    await append(take.id, 0, bytes(0, 4), 1_000);
    expect(await getTake(db, take.id)).toMatchObject({ chunkCount: 1, bytes: 4 });
    expect((await finishTake(db, take.id, { durationMs: 1_100, mimeType: '' })).ok).toBe(true);
    expect((await getTake(db, take.id))?.mimeType).toBe(MIME);
    const retyped = await finishTake(db, take.id, { durationMs: 1_100, mimeType: 'audio/mp4' });
    expect(retyped.ok && retyped.value.mimeType).toBe('audio/mp4');
  });

  it('refuses chunks and finishing for a take deleted elsewhere, leaving no orphan audio', async () => {
    const take = await newTake();
    await deleteTake(db, take.id);
    const late = await appendChunk(db, take.id, 0, bytes(0, 8), 500);
    expect(!late.ok && late.problem.kind).toBe('conflict');
    expect(await db.count(STORES.chunks)).toBe(0);
    const finish = await finishTake(db, take.id, { durationMs: 1 });
    expect(!finish.ok && finish.problem.kind).toBe('conflict');
    expect(await getTakeAudio(db, take.id)).toBeUndefined();
  });

  it('reports a full disk mid-take as a quota problem; the chunks before it stay readable', async () => {
    const take = await newTake();
    await append(take.id, 0, bytes(0, 16), 1_000);
    await append(take.id, 1, bytes(16, 16), 2_000);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const full = await appendChunk(db, take.id, 2, bytes(32, 16), 3_000);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.problem.kind).toBe('quota');
    expect(await getTake(db, take.id)).toMatchObject({ chunkCount: 2, bytes: 32, durationMs: 2_000 });
    expect(asArray((await getTakeAudio(db, take.id))?.data)).toEqual(asArray(bytes(0, 32)));
    // Space freed: the same chunk goes in.
    await append(take.id, 2, bytes(32, 16), 3_000);
    expect(asArray((await getTakeAudio(db, take.id))?.data)).toEqual(asArray(bytes(0, 48)));
  });

  it('stores and reads back a 30-minute take (1800 chunks of 4 KB)', { timeout: 60_000 }, async () => {
    const take = await newTake();
    const size = 4_096;
    // Written like the recorder does, one appendChunk per second of audio.
    for (let seq = 0; seq < 1_800; seq++) await append(take.id, seq, bytes(seq, size), (seq + 1) * 1_000);
    expect(await getTake(db, take.id)).toMatchObject({ chunkCount: 1_800, bytes: 1_800 * size, durationMs: 1_800_000 });
    const audio = await getTakeAudio(db, take.id);
    expect(audio?.data.byteLength).toBe(1_800 * size);
    const view = new Uint8Array(audio!.data);
    for (const seq of [0, 1, 899, 1_799]) expect(view[seq * size]).toBe(seq % 256); // each chunk in its place
  });
});

describe('listing and editing', () => {
  it('lists a question\u2019s takes newest first, and all takes across questions', async () => {
    const old = await newTake('q', 1_000);
    const newest = await newTake('q', 3_000);
    const middle = await newTake('q', 2_000);
    const other = await newTake('other', 4_000);
    expect((await listTakes(db, 'q')).map((t) => t.id)).toEqual([newest.id, middle.id, old.id]);
    expect(await listTakes(db, 'nothing-recorded')).toEqual([]);
    expect((await listAllTakes(db)).map((t) => t.id)).toEqual([other.id, newest.id, middle.id, old.id]);
  });

  it('renames, rates, notes and stores analysis, bumping updatedAt', async () => {
    const take = await newTake();
    const analysis = { speakingMs: 50_000, silenceMs: 10_000, longestPauseMs: 2_500, longPauses: 1, pauses: [{ startMs: 1_000, endMs: 3_500 }] };
    const edited = await updateTake(db, take.id, { name: '  Crisp version  ', rating: 4, notes: 'slow down', analysis }, 9_000);
    expect(edited.ok && edited.value).toMatchObject({ name: 'Crisp version', rating: 4, notes: 'slow down', analysis, updatedAt: 9_000 });
    // A patch touches only what it names; an undefined field is no edit.
    const again = await updateTake(db, take.id, { rating: 0, name: undefined, transcript: 'I build evals.' }, 9_500);
    expect(again.ok && again.value).toMatchObject({ name: 'Crisp version', rating: 0, transcript: 'I build evals.', updatedAt: 9_500 });
    // Only the listed fields: status and id cannot be smuggled in.
    await updateTake(db, take.id, { status: 'complete', id: 'x' } as never);
    expect(await getTake(db, take.id)).toMatchObject({ id: take.id, status: 'recording' });
  });

  it('rejects a bad rating, an over-long name or a negative duration, and changes nothing', async () => {
    const take = await newTake();
    for (const patch of [{ rating: 6 }, { rating: -1 }, { rating: 2.5 }, { rating: Number.NaN }, { name: 'x'.repeat(121) }, { durationMs: -5 }]) {
      const result = await updateTake(db, take.id, patch);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toMatch(/rating|characters|duration/i);
    }
    expect(await getTake(db, take.id)).toEqual(take);
    expect((await updateTake(db, take.id, { name: 'x'.repeat(120), rating: 5 })).ok).toBe(true);
    const missing = await updateTake(db, 'take-nope', { rating: 1 });
    expect(!missing.ok && missing.problem.kind).toBe('conflict');
  });
});

describe('delete and undo', () => {
  it('deletes a take with its audio, returns both, and restoreTake brings it back byte-identical', async () => {
    const take = await newTake();
    const keep = await newTake('why-openai', 2_000);
    await append(take.id, 0, bytes(0, 9), 1_000);
    await append(take.id, 1, bytes(50, 11), 2_000);
    await append(keep.id, 0, bytes(7, 5), 1_000);
    await finishTake(db, take.id, { durationMs: 2_100 });
    const before = await getTakeAudio(db, take.id);

    const deleted = await deleteTake(db, take.id);
    if (!deleted.ok) throw new Error('delete failed');
    expect(deleted.value.take).toEqual(before?.take);
    expect(deleted.value.chunks.map((c) => c.seq)).toEqual([0, 1]);
    expect(await getTake(db, take.id)).toBeUndefined();
    expect(await getTakeAudio(db, take.id)).toBeUndefined();
    expect(await db.count(STORES.chunks)).toBe(1); // the other take's audio is untouched
    expect((await listTakes(db, 'why-openai')).map((t) => t.id)).toEqual([keep.id]);

    expect(await restoreTake(db, deleted.value)).toEqual({ ok: true, value: before?.take });
    const after = await getTakeAudio(db, take.id);
    expect(after?.take).toEqual(before?.take);
    expect(asArray(after?.data)).toEqual(asArray(before?.data));
    expect(asArray((await getTakeAudio(db, keep.id))?.data)).toEqual(asArray(bytes(7, 5)));
  });

  it('reports a full disk during undo and leaves nothing half-restored; a retry restores it all', async () => {
    const take = await newTake();
    for (let seq = 0; seq < 3; seq++) await append(take.id, seq, bytes(seq * 10, 10), seq * 1_000);
    const deleted = await deleteTake(db, take.id);
    if (!deleted.ok) throw new Error('delete failed');
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError'); // the second chunk
      return put.apply(this, args);
    });
    const full = await restoreTake(db, deleted.value);
    expect(!full.ok && full.problem.kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await getTake(db, take.id)).toBeUndefined();
    expect(await db.count(STORES.chunks)).toBe(0);
    expect((await restoreTake(db, deleted.value)).ok).toBe(true);
    expect(asArray((await getTakeAudio(db, take.id))?.data)).toEqual(asArray(bytes(0, 30)));
  });

  it('says so when the take is already gone', async () => {
    const result = await deleteTake(db, 'take-missing');
    expect(!result.ok && result.problem.kind).toBe('conflict');
  });
});

describe('recoverUnfinished', () => {
  it('marks an interrupted take with audio as recovered, drops an empty one, and skips takes still recording', async () => {
    const crashed = await newTake('q', 1_000);
    await append(crashed.id, 0, bytes(0, 8), 1_000);
    await append(crashed.id, 1, bytes(8, 8), 2_000);
    await append(crashed.id, 2, bytes(16, 8), 2_900);
    const empty = await newTake('q', 2_000);
    const otherTab = await newTake('q', 3_000);
    await append(otherTab.id, 0, bytes(0, 4), 1_000);
    const done = await newTake('q', 4_000);
    await append(done.id, 0, bytes(0, 4), 1_000);
    await finishTake(db, done.id, { durationMs: 1_200 });

    const result = await recoverUnfinished(db, 50_000, new Set([otherTab.id]));
    if (!result.ok) throw new Error('recover failed');
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ id: crashed.id, status: 'recovered', durationMs: 2_900, chunkCount: 3, bytes: 24, updatedAt: 50_000 });
    expect(await getTake(db, crashed.id)).toEqual(result.value[0]);
    expect(asArray((await getTakeAudio(db, crashed.id))?.data)).toEqual(asArray(bytes(0, 24)));
    expect(await getTake(db, empty.id)).toBeUndefined();
    expect((await getTake(db, otherTab.id))?.status).toBe('recording');
    expect((await getTake(db, done.id))?.status).toBe('complete');

    // Once that other tab is gone too, the next start-up recovers its take; nothing is recovered twice.
    const next = await recoverUnfinished(db);
    expect(next.ok && next.value.map((t) => t.id)).toEqual([otherTab.id]);
    expect(await recoverUnfinished(db)).toEqual({ ok: true, value: [] });
  });

  it('leaves takes it was not asked about, and takes changed too recently, as they are', async () => {
    const later = await newTake('q', 1_000); // written after the caller asked which takes are live
    const fresh = await newTake('q', 1_000);
    await appendChunk(db, fresh.id, 0, bytes(0, 4), 1_000, 9_000);
    const stale = await newTake('q', 1_000);
    await appendChunk(db, stale.id, 0, bytes(0, 4), 1_000, 2_000);
    const result = await recoverUnfinished(db, 10_000, new Set(), { only: new Set([fresh.id, stale.id]), idleMs: 5_000 });
    expect(result.ok && result.value.map((t) => t.id)).toEqual([stale.id]);
    expect((await getTake(db, later.id))?.status).toBe('recording'); // not deleted, though it has no audio
    expect((await getTake(db, fresh.id))?.status).toBe('recording');
  });

  it('lets the recording tab go on and finish a take another tab recovered too early', async () => {
    const take = await newTake();
    await append(take.id, 0, bytes(0, 4), 1_000);
    await recoverUnfinished(db); // a tab without Web Locks did not know it was live
    await append(take.id, 1, bytes(4, 4), 2_000);
    const finished = await finishTake(db, take.id, { durationMs: 2_050 });
    expect(finished.ok && finished.value).toMatchObject({ status: 'complete', chunkCount: 2, durationMs: 2_050 });
  });
});
