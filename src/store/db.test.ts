import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap, wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, randomId, runUpgrade, tx } from './db.ts';
import { toStorageProblem } from './errors.ts';
import { DB_NAME, DB_VERSION, STORES, type UpgradeTx } from './schema.ts';
import { getSetting, setSetting } from './settings.ts';

/** Another tab's connection: no versionchange handler, like an old release that ignores it. */
function openRaw(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = (event) => {
      const upgrade = wrap(request.transaction!) as unknown as UpgradeTx;
      void runUpgrade(upgrade.db, upgrade, event.oldVersion, Math.min(version, DB_VERSION));
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('openDb', () => {
  it('closes itself and reports when a newer tab upgrades, so that upgrade does not hang', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const db = await openDb({ factory, onVersionChange });
    const newer = await openRaw(factory, DB_VERSION + 1); // would never resolve if `db` stayed open
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    // A write on the closed connection is a value the UI can act on ("reload"), not a throw.
    const write = await setSetting(db, 'theme', 'dark');
    expect(write.ok).toBe(false);
    if (!write.ok) expect(write.problem.kind).toBe('version');
    newer.close();
  });

  it('reports being blocked by an older tab, and opens once that tab closes', async () => {
    const factory = new IDBFactory();
    const older = await openRaw(factory, 1);
    const onBlocked = vi.fn();
    const opening = openDb({ factory, onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    older.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('rejects with a version problem when the database is newer than this code', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, DB_VERSION + 1)).close();
    const error = await openDb({ factory }).catch((e: unknown) => e);
    expect(toStorageProblem(error).kind).toBe('version');
  });

  it('reports a connection the browser terminated', async () => {
    const onTerminated = vi.fn();
    const db = await openDb({ factory: new IDBFactory(), onTerminated });
    forceCloseDatabase(unwrap(db) as never);
    await vi.waitFor(() => expect(onTerminated).toHaveBeenCalledTimes(1));
  });

  it('rejects as unavailable where there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const error = await openDb().catch((e: unknown) => e);
      expect(toStorageProblem(error).kind).toBe('unavailable');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps databases of separate factories apart', async () => {
    const a = await openDb({ factory: new IDBFactory() });
    const b = await openDb({ factory: new IDBFactory() });
    await setSetting(a, 'k', 1);
    expect(await getSetting(b, 'k', 0)).toBe(0);
    a.close();
    b.close();
  });
});

describe('tx', () => {
  it('returns the value of a committed transaction', async () => {
    const db = await openDb({ factory: new IDBFactory() });
    const result = await tx(db, [STORES.settings], 'readwrite', async (t) => {
      await t.objectStore(STORES.settings).put(42, 'answer');
      return 'done';
    });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(await db.get(STORES.settings, 'answer')).toBe(42);
    db.close();
  });

  it('aborts on failure, so earlier writes in it are undone, and reports the problem', async () => {
    const db = await openDb({ factory: new IDBFactory() });
    const result = await tx(db, [STORES.settings], 'readwrite', async (t) => {
      await t.objectStore(STORES.settings).put('half', 'first');
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe('quota');
    expect(await db.get(STORES.settings, 'first')).toBeUndefined();
    db.close();
  });

  it('reports a failing request (add of an existing key) without throwing', async () => {
    const db = await openDb({ factory: new IDBFactory() });
    await db.put(STORES.customQuestions, { id: 'x' } as never);
    const result = await tx(db, [STORES.customQuestions], 'readwrite', async (t) => {
      await t.objectStore(STORES.customQuestions).add({ id: 'x' } as never);
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.cause).toMatchObject({ name: 'ConstraintError' });
    db.close();
  });
});

describe('randomId', () => {
  it('gives ids of the asked length from a URL-safe alphabet, different each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => randomId(8)));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[a-z2-9]{8}$/);
  });
});
