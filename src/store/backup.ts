/** Raw reading of every store for a backup, and clearing them all; what to do with the records is practice's. */
import { keepValid } from './checked.ts';
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { INDEXES, STORES, type ChunkRecord, type RehearseDb, type StoreName } from './schema.ts';
import { reviewId } from './reviews.ts';
import { chunkRange } from './takes.ts';

/** Stores whose records are plain JSON (keyPath stores, and settings as key/value pairs). */
export type TextStore = Exclude<StoreName, 'chunks' | 'assembled'>;
export interface SettingEntry {
  key: string;
  value: unknown;
}

/** Which records a partial export covers; undefined = everything. */
export interface BackupScope {
  questionId?: string;
  takeId?: string;
}

/** Every record of a text store within the scope, read in one transaction. */
export async function readStore(db: RehearseDb, store: TextStore, scope: BackupScope = {}): Promise<unknown[]> {
  const { questionId, takeId } = scope;
  if (takeId !== undefined) {
    if (store !== STORES.takes) return [];
    const take = await db.get(STORES.takes, takeId);
    return take ? [take] : [];
  }
  if (questionId !== undefined) return readQuestion(db, store, questionId);
  if (store === STORES.settings) {
    const t = db.transaction(STORES.settings, 'readonly');
    const [keys, values] = await Promise.all([t.store.getAllKeys(), t.store.getAll()]);
    return keys.map((key, i): SettingEntry => ({ key, value: values[i] }));
  }
  return db.getAll(store);
}

async function readQuestion(db: RehearseDb, store: TextStore, questionId: string): Promise<unknown[]> {
  switch (store) {
    case STORES.drafts: {
      const draft = await db.get(STORES.drafts, questionId);
      return draft ? [draft] : [];
    }
    case STORES.revisions:
      return db.getAllFromIndex(STORES.revisions, INDEXES.revisionsByQuestion, questionId);
    case STORES.stories:
      return db.getAllFromIndex(STORES.stories, INDEXES.storiesByLinkedQuestion, questionId);
    case STORES.customQuestions: {
      const custom = await db.get(STORES.customQuestions, questionId);
      return custom ? [custom] : [];
    }
    case STORES.takes:
      return db.getAllFromIndex(STORES.takes, INDEXES.takesByQuestion, questionId);
    case STORES.reviews: {
      const review = await db.get(STORES.reviews, reviewId('question', questionId));
      return review ? [review] : [];
    }
    default:
      // Settings belong to the device, not to a question; a mock round asks several questions and belongs to none.
      return [];
  }
}

const CHUNKS_PER_READ = 16;

/**
 * A take's chunks in seq order, a few per transaction, so an hour of audio is never read at once;
 * transactions end between batches because the consumer awaits other things (hashing, the zip).
 */
export async function* takeChunks(db: RehearseDb, takeId: string): AsyncGenerator<ChunkRecord> {
  let from = 0;
  for (;;) {
    const batch = await db.getAll(STORES.chunks, chunkRange(takeId, from), CHUNKS_PER_READ);
    for (const chunk of batch) yield chunk;
    if (batch.length < CHUNKS_PER_READ) return;
    from = batch[batch.length - 1]!.seq + 1;
  }
}

/** Text and audio bytes held, counted from the records (the browser's estimate includes overheads). */
export async function bytesByKind(db: RehearseDb): Promise<{ text: number; audio: number }> {
  let text = 0;
  for (const store of [STORES.drafts, STORES.revisions, STORES.stories, STORES.customQuestions, STORES.settings, STORES.reviews, STORES.rounds] as const) {
    for (const record of await readStore(db, store)) text += JSON.stringify(record).length;
  }
  const takes = keepValid('take', await db.getAll(STORES.takes));
  for (const take of takes) text += JSON.stringify(take).length;
  return { text, audio: takes.reduce((sum, take) => sum + take.bytes, 0) };
}

/** When each draft was last saved, each take started and each mock round finished (bad records are reported and left out). */
export async function practiceTimes(db: RehearseDb): Promise<number[]> {
  const [drafts, takes, rounds] = await Promise.all([db.getAll(STORES.drafts), db.getAll(STORES.takes), db.getAll(STORES.rounds)]);
  return [
    ...keepValid('draft', drafts).map((d) => d.updatedAt),
    ...keepValid('take', takes).map((t) => t.startedAt),
    ...keepValid('round', rounds).map((r) => r.finishedAt!),
  ];
}

/** Every store emptied in one transaction: all or nothing. */
export function clearEverything(db: RehearseDb): Promise<Result<void>> {
  const stores = Array.from(db.objectStoreNames) as StoreName[];
  return tx(db, stores, 'readwrite', async (t) => {
    await Promise.all(stores.map((name) => t.objectStore(name).clear()));
  });
}
