import { describe, expect, it } from 'vitest';
import { STORES } from '../../store/schema';
import { exportBlob, freshDb, seed, snapshot } from './backup.test-support';
import { EXPORTED_STORES, LOCAL_STORES } from './format';
import { importBackup } from './import';

describe('every store is covered', () => {
  it('each store of the schema is exported or listed as deliberately local', () => {
    const covered = new Set<string>([...EXPORTED_STORES, ...LOCAL_STORES]);
    const forgotten = Object.values(STORES).filter((store) => !covered.has(store));
    expect(forgotten, 'add new stores to EXPORTED_STORES or LOCAL_STORES in practice/backup/format.ts').toEqual([]);
  });
});

describe('round trip', () => {
  it('export then import into an empty database gives identical records and byte-identical audio', async () => {
    const source = await freshDb();
    await seed(source.db);
    const file = await exportBlob(source.db);
    const target = await freshDb();
    const outcome = await importBackup(target.db, file, target.factory);
    expect(outcome).toMatchObject({ ok: true });
    const before = await snapshot(source.db);
    const after = await snapshot(target.db);
    // lastBackupAt belongs to the device: not exported.
    before.settings = before.settings!.filter((s) => (s as { key: string }).key !== 'lastBackupAt');
    expect(after).toEqual(before);
    expect(after.settings).toContainEqual({ key: 'interviewTargets', value: { companies: ['Anthropic', 'OpenAI'], level: 'staff' } });
  });

  it('importing the same file again changes nothing', async () => {
    const { db, factory } = await freshDb();
    await seed(db);
    const file = await exportBlob(db);
    const before = await snapshot(db);
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok && outcome.summary.counts.takes).toMatchObject({ added: 0, skipped: 2 });
    expect(await snapshot(db)).toEqual(before);
  });
});
