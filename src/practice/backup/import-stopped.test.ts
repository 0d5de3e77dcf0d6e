import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORES } from '../../store/schema';
import { exportBlob, freshDb, seed } from './backup.test-support';
import { importBackup } from './import';
import { BackupRefused } from './read-zip';
import { STARTED_KEY } from '../started';
import { MemoryStorage } from '../editing/memory-storage.test-support';

vi.mock('./validate', async (original) => {
  const real = await original<typeof import('./validate')>();
  return {
    ...real,
    // As if the file changed on disk after it was checked: the audio read again no longer matches.
    validateBackup: async (...args: Parameters<typeof real.validateBackup>) => ({
      ...(await real.validateBackup(...args)),
      audio: () => Promise.reject(new BackupRefused('“audio/take-one.webm” changed since it was checked.')),
    }),
  };
});

describe('an import that stops part way', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says where it stopped and why, and what was written before', async () => {
    const { db: source } = await freshDb();
    await seed(source);
    const file = await exportBlob(source);
    const { db, factory } = await freshDb();
    const kept = new MemoryStorage();
    vi.stubGlobal('localStorage', kept);
    const outcome = await importBackup(db, file, factory);
    expect(outcome).toMatchObject({ ok: false, message: 'The import stopped at the takes: “audio/take-one.webm” changed since it was checked.' });
    expect(!outcome.ok && outcome.summary?.lines).toContain('Stories: 1 added.');
    expect(await db.count(STORES.stories)).toBe(1);
    expect(await db.count(STORES.takes)).toBe(0);
    // The drafts and stories written before the stop are the user's practice: the next home page is a started user's.
    expect(kept.getItem(STARTED_KEY)).toBe('1');
  });
});
