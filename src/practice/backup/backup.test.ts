import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORES } from '../../store/schema';
import { exportBlob, freshDb, seed, snapshot } from './backup.test-support';
import { EXPORTED_STORES, LOCAL_STORES } from './format';
import { importBackup } from './import';
import { persisted, resetSession } from '../session';
import { STARTED_KEY } from '../started';
import { MemoryStorage } from '../editing/memory-storage.test-support';

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

describe('practice brought in by an import', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetSession();
  });

  /** A browser's localStorage and storage manager (Node 20 has neither). */
  function browserStorage() {
    const kept = new MemoryStorage();
    vi.stubGlobal('localStorage', kept);
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    vi.stubGlobal('navigator', { storage });
    return { kept, storage };
  }

  it('marks the user as started and asks the browser to keep it, as work saved here would', async () => {
    const source = await freshDb();
    await seed(source.db);
    const file = await exportBlob(source.db);
    const target = await freshDb();
    const browser = browserStorage();
    expect(await importBackup(target.db, file, target.factory)).toMatchObject({ ok: true });
    expect(browser.kept.getItem(STARTED_KEY)).toBe('1');
    await vi.waitUntil(() => persisted.value !== null);
    expect(browser.storage.persist).toHaveBeenCalledTimes(1);
  });

  it('a file that brings nothing new, or a bad file, leaves both alone', async () => {
    const { db, factory } = await freshDb();
    await seed(db);
    const file = await exportBlob(db);
    const browser = browserStorage();
    expect(await importBackup(db, file, factory)).toMatchObject({ ok: true }); // every record already here
    expect(await importBackup(db, new Blob(['PK but not a zip']), factory)).toMatchObject({ ok: false });
    expect(browser.kept.getItem(STARTED_KEY)).toBeNull();
    expect(browser.storage.persisted).not.toHaveBeenCalled();
    expect(browser.storage.persist).not.toHaveBeenCalled();
  });
});
