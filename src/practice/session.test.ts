import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../store/errors';
import { DB_NAME, DB_VERSION } from '../store/schema';
import { askToPersist, database, knowPersisted, persisted, resetSession, storageProblem } from './session';

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

describe('asking the browser to keep saved work', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A browser whose persist() answers only once the test says so, like Firefox's permission prompt; later calls at once. */
  function promptingBrowser() {
    const open: ((granted: boolean) => void)[] = [];
    let given: boolean | null = null;
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(() => (given !== null ? Promise.resolve(given) : new Promise<boolean>((resolve) => open.push(resolve)))),
    };
    vi.stubGlobal('navigator', { storage });
    const answer = (granted: boolean) => {
      given = granted;
      for (const resolve of open.splice(0)) resolve(granted);
    };
    return { storage, answer };
  }

  it('asks once per tab, also while the prompt is still open, and keeps the answer for the footer', async () => {
    const browser = promptingBrowser();
    const first = askToPersist(); // a draft saved…
    await vi.waitUntil(() => browser.storage.persist.mock.calls.length === 1);
    const second = askToPersist(); // …then a take stopped, the prompt still open
    expect(persisted.value).toBeNull();
    browser.answer(true);
    await Promise.all([first, second]);
    expect(browser.storage.persist).toHaveBeenCalledTimes(1);
    expect(persisted.value).toBe(true);
    await askToPersist();
    expect(browser.storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the browser already keeps the data, and a refusal that throws reads as no', async () => {
    const kept = promptingBrowser();
    kept.storage.persisted.mockResolvedValue(true);
    await askToPersist();
    expect(kept.storage.persist).not.toHaveBeenCalled();
    expect(persisted.value).toBe(true);

    resetSession();
    const broken = promptingBrowser();
    broken.storage.persist.mockRejectedValue(new Error('blocked by policy'));
    await askToPersist();
    expect(persisted.value).toBe(false);
  });

  it('at start-up, says the browser keeps saved work when it already does, without asking; a no is left unsaid', async () => {
    const kept = promptingBrowser();
    kept.storage.persisted.mockResolvedValue(true);
    await knowPersisted();
    expect(persisted.value).toBe(true);
    expect(kept.storage.persist).not.toHaveBeenCalled();

    resetSession();
    const notYet = promptingBrowser();
    await knowPersisted();
    expect(persisted.value).toBeNull(); // maybe never asked: the first save still asks
    expect(notYet.storage.persist).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no storage manager (WebKitGTK)', async () => {
    vi.stubGlobal('navigator', {});
    await askToPersist();
    await knowPersisted();
    expect(persisted.value).toBeNull();
  });
});
