import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { takeChunks } from './backup.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

describe('reading a take’s audio for a backup', () => {
  it('yields every chunk of that take in seq order, across several reads, and none of its neighbours', async () => {
    const put = (takeId: string, seq: number) => db.put(STORES.chunks, { takeId, seq, atMs: seq * 1000, data: new ArrayBuffer(1) });
    for (let seq = 0; seq < 40; seq++) await put('take-b', seq);
    await put('take-a', 0);
    await put('take-c', 0);
    const seqs: number[] = [];
    for await (const chunk of takeChunks(db, 'take-b')) seqs.push(chunk.takeId === 'take-b' ? chunk.seq : -1);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });
});
