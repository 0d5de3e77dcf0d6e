import { describe, expect, it } from 'vitest';
import { STORES, type Take } from '../../store/schema';
import { T0, exportBlob, freshDb, seed, take } from './backup.test-support';
import { backupStream, emptyReport, leftOutNote } from './export';
import { importBackup } from './import';

describe('export leaves out what an import would refuse, and says so', () => {
  it('a bad piece of audio and a take still recording: the file imports cleanly into an empty database', async () => {
    const { db } = await freshDb();
    await seed(db);
    await db.put(STORES.chunks, { takeId: 'take-one', seq: 1, atMs: 1003, data: 'not audio' } as never); // was 25 bytes
    const live = take('take-live', 'why-openai', [12]);
    await db.put(STORES.takes, { ...live.take, status: 'recording' });
    await db.put(STORES.chunks, live.chunks[0]!);

    const file = await exportBlob(db);
    const target = await freshDb();
    const outcome = await importBackup(target.db, file, target.factory);

    expect(outcome).toMatchObject({ ok: true });
    expect(await target.db.get(STORES.takes, 'take-live')).toBeUndefined();
    expect((await target.db.get(STORES.takes, 'take-one')) as Take).toMatchObject({ chunkCount: 2, bytes: 40 + 9 });
    expect((await target.db.getAll(STORES.chunks)).filter((c) => c.takeId === 'take-one').map((c) => c.seq)).toEqual([0, 2]);
    const report = emptyReport();
    await new Response(backupStream(db, {}, T0, report)).blob();
    expect(leftOutNote(report)).toEqual(['Left out: 1 unreadable record (see Needs attention) and 1 take still being recorded.']);
  });

  it('says nothing when everything went in', async () => {
    const { db } = await freshDb();
    await seed(db);
    const report = emptyReport();
    await new Response(backupStream(db, {}, T0, report)).blob();
    expect(leftOutNote(report)).toEqual([]);
  });
});
