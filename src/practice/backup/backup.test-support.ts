/** For backup tests: a database holding one of every kind, its export as a Blob, and a full snapshot to compare. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDb } from '../../store/db';
import { STORES, type ChunkRecord, type RehearseDb, type Review, type RoundRecord, type StoreName, type Take } from '../../store/schema';
import { validRound } from '../../store/valid-records.test-support';
import { makeZip } from 'client-zip';
import { backupEntries, backupStream } from './export';
import { sha256, type ExportedStore } from './format';
import type { Manifest } from './manifest';

export const T0 = Date.UTC(2026, 10, 1);

/** Bytes that start like a WebM file (EBML magic) and then count, so every chunk is distinct. */
export function webmBytes(length: number, salt = 0): ArrayBuffer {
  const bytes = Uint8Array.from({ length }, (_, i) => (i * 7 + salt) & 0xff);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
  return bytes.buffer;
}

export async function freshDb(factory = new IDBFactory()): Promise<{ db: RehearseDb; factory: IDBFactory }> {
  return { db: await openDb({ factory, name: 'rehearse' }), factory };
}

export function take(id: string, questionId: string, sizes: number[], at = T0): { take: Take; chunks: ChunkRecord[] } {
  const chunks = sizes.map((size, seq) => ({
    takeId: id,
    seq,
    atMs: seq * 1000 + 3,
    data: seq === 0 ? webmBytes(size, id.length) : new Uint8Array(size).fill(seq).buffer,
  }));
  const total = sizes.reduce((a, b) => a + b, 0);
  const record: Take = {
    id,
    questionId,
    mimeType: 'audio/webm;codecs=opus',
    status: 'complete',
    startedAt: at,
    durationMs: sizes.length * 1000,
    chunkCount: sizes.length,
    bytes: total,
    name: '',
    rating: 3,
    notes: 'n',
    updatedAt: at,
    analysis: { speakingMs: 900, silenceMs: 100, longestPauseMs: 100, longPauses: 0, pauses: [{ startMs: 1, endMs: 101 }], waveform: [0.1, 0.5] },
  };
  return { take: record, chunks };
}

/** Review schedules as the app stores them: Dates inside the card, which JSON turns into text. */
export function reviews(): Review[] {
  const card = (dueDays: number, state: Review['card']['state']) => ({
    due: new Date(T0 + dueDays * 86_400_000),
    stability: 3.17,
    difficulty: 5.28,
    scheduled_days: dueDays,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state,
    last_review: new Date(T0),
  });
  return [
    { id: 'question:why-openai', kind: 'question', itemId: 'why-openai', card: card(3, 2), log: [{ at: T0, grade: 'good' }], updatedAt: T0 },
    { id: 'story:story-a', kind: 'story', itemId: 'story-a', card: card(1, 3), log: [{ at: T0, grade: 'again' }], updatedAt: T0 },
  ];
}

/**
 * Two finished mock rounds: the first answered out loud (take-one) then typed (no microphone) on the custom
 * question; the second, later, with a follow-up skipped and the round cut short.
 */
export function rounds(): RoundRecord[] {
  const base = validRound('round-one', 'why-openai');
  const typed = { ...base.answers[2]!, item: 1, questionId: 'custom-why-mistral-ab12', text: 'Because of open weights.' };
  const first: RoundRecord = {
    ...base,
    round: { ...base.round, items: [base.round.items[0]!, { questionId: 'custom-why-mistral-ab12', probes: [] }] },
    answers: [{ ...base.answers[0]!, take: 'take-one' }, base.answers[1]!, typed],
    startedAt: T0 - 600_000,
    finishedAt: T0 - 300_000,
    seenAt: T0 - 300_000,
  };
  const second = validRound('round-two', 'why-openai');
  return [
    first,
    {
      ...second,
      answers: [{ ...second.answers[0]!, outcome: 'cut', take: null, text: null }],
      startedAt: T0 - 120_000,
      finishedAt: T0 - 60_000,
      seenAt: T0 - 60_000,
    },
  ];
}

/** One of everything, written raw so the test sees exactly what is stored. */
export async function seed(db: RehearseDb): Promise<void> {
  const t = db.transaction(Object.values(STORES), 'readwrite');
  void t.objectStore(STORES.drafts).put({ questionId: 'why-openai', framework: 'star', fields: { situation: 'S', result: 'R 40%' }, rev: 3, updatedAt: T0 });
  void t.objectStore(STORES.drafts).put({ questionId: 'custom-why-mistral-ab12', framework: 'free', fields: { free: 'Because' }, rev: 1, updatedAt: T0 });
  void t
    .objectStore(STORES.revisions)
    .add({ questionId: 'why-openai', framework: 'star', fields: { situation: 'old' }, savedAt: T0 - 1000, reason: 'autosave' });
  void t.objectStore(STORES.stories).put({
    id: 'story-a',
    title: 'Eval rewrite',
    framework: 'star',
    fields: { situation: 'x' },
    tags: ['evals'],
    metric: '40%',
    questionIds: ['why-openai'],
    createdAt: T0,
    updatedAt: T0,
  });
  void t
    .objectStore(STORES.customQuestions)
    .put({ id: 'custom-why-mistral-ab12', text: 'Why Mistral?', categories: [], companies: ['Mistral'], testing: '', createdAt: T0, updatedAt: T0 });
  void t.objectStore(STORES.settings).put('dark', 'theme');
  void t.objectStore(STORES.settings).put({ companies: ['Anthropic', 'OpenAI'], level: 'staff' }, 'interviewTargets');
  void t.objectStore(STORES.settings).put(T0, 'lastBackupAt');
  for (const review of reviews()) void t.objectStore(STORES.reviews).put(review);
  for (const round of rounds()) void t.objectStore(STORES.rounds).put(round);
  for (const { take: record, chunks } of [take('take-one', 'why-openai', [40, 25, 9]), take('take-two', 'custom-why-mistral-ab12', [30])]) {
    void t.objectStore(STORES.takes).put(record);
    for (const chunk of chunks) void t.objectStore(STORES.chunks).put(chunk);
  }
  await t.done;
}

export function exportBlob(db: RehearseDb, scope = {}): Promise<Blob> {
  return new Response(backupStream(db, scope, T0 + 5000)).blob();
}

/** Every store's records, audio as plain byte arrays, so two databases compare with toEqual. */
export async function snapshot(db: RehearseDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of Array.from(db.objectStoreNames) as StoreName[]) {
    const t = db.transaction(store, 'readonly');
    const [keys, values] = await Promise.all([t.store.getAllKeys(), t.store.getAll()]);
    out[store] = values.map((value, i) =>
      store === STORES.chunks ? { ...(value as ChunkRecord), data: Array.from(new Uint8Array((value as ChunkRecord).data)) } : { key: keys[i], value },
    );
  }
  return out;
}

/** A backup's entries by name, to edit and zip again. */
export async function entriesOf(db: RehearseDb): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for await (const entry of backupEntries(db, {}, T0 + 5000)) out.set(entry.name, entry.input);
  return out;
}

export function zipOf(entries: Iterable<[string, Uint8Array | string]>): Promise<Blob> {
  const files = Array.from(entries, ([name, input]) => ({ name, input, lastModified: new Date(T0) }));
  return new Response(makeZip(files)).blob();
}

export const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
export const parse = <T>(bytes: Uint8Array | undefined): T => JSON.parse(new TextDecoder().decode(bytes)) as T;

/** Replace one JSON file and make the manifest vouch for it (bytes, count, SHA-256), as a careful forger would. */
export async function withStoreFile(entries: Map<string, Uint8Array>, store: ExportedStore, records: unknown[]): Promise<Map<string, Uint8Array>> {
  const next = new Map(entries);
  const data = json(records);
  next.set(`${store}.json`, data);
  const manifest = parse<Manifest>(entries.get('manifest.json'));
  manifest.stores[store] = { file: `${store}.json`, count: records.length, bytes: data.byteLength, sha256: await sha256(data) };
  next.set('manifest.json', json(manifest));
  return next;
}
