import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../store/errors';
import { DB_NAME, DB_VERSION } from '../store/schema';
import { database, resetSession, storageProblem } from './session';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty database per test
  resetSession();
});

/** Opens the raw database at `version` and keeps the connection, as another tab would. */
const otherTab = (version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

describe('the session’s storage problems', () => {
  it('a newer version opened in another tab: the one "version" message', async () => {
    expect(await database()).not.toBeNull();
    const newer = await otherTab(DB_VERSION + 1);
    expect(storageProblem.value).toEqual({ kind: 'version', message: MESSAGES.version });
    newer.close();
  });

  it('an older version still open in another tab: the one "blocked" message', async () => {
    expect(DB_VERSION).toBeGreaterThan(1);
    const older = await otherTab(1); // an old tab that never closes on versionchange
    const opening = database();
    await expect.poll(() => storageProblem.value).toEqual({ kind: 'blocked', message: MESSAGES.blocked });
    older.close();
    await opening; // (it then fails: this bare version-1 database has none of version 1's stores)
  });
});
