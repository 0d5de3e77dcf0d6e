import type { Page } from 'playwright-core';
import { DB_VERSION } from '../../src/store/schema';

/**
 * Whether the app has made its database: true once it exists at the app's version, its creation finished; false if
 * the app has not made one yet (nothing is stored). A test's own open before then would create an empty database
 * the app then fails to upgrade (a drawn page shows before the app runs), and Chromium lists the database at its new
 * version while the app is still creating it; so a read waits for this first. The probe never creates or upgrades
 * the database: an open that would is aborted (a new database is then removed) and tried again.
 */
export function appDatabaseMade(page: Page): Promise<boolean> {
  return page.evaluate(async (version) => {
    // Real time even under a test's fake clock (Playwright keeps the page's own timers there).
    const builtins = (globalThis as { __pwClock?: { builtins: { setTimeout: typeof setTimeout } } }).__pwClock?.builtins;
    const pause = () => new Promise((resolve) => (builtins?.setTimeout ?? setTimeout)(resolve, 25));
    let seen = '';
    for (let attempt = 0; attempt < 200; attempt++) {
      if (!(await indexedDB.databases()).some((d) => d.name === 'rehearse')) return false;
      const made = await new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('rehearse', version);
        open.onupgradeneeded = (event) => {
          seen = `version ${event.oldVersion}`;
          open.transaction?.abort();
          resolve(false);
        };
        open.onerror = () => (open.error?.name === 'AbortError' ? undefined : reject(open.error));
        open.onsuccess = () => (open.result.close(), resolve(true));
      });
      if (made) return true;
      await pause();
    }
    throw new Error(`The app's database stayed at ${seen}, not ${version}`);
  }, DB_VERSION);
}

/**
 * Waits until the app has made its database (see appDatabaseMade): for a read of something the app has said it saved.
 * It asks again until the database is there at the app's version: Chromium has been seen (under CI load) to list it
 * and then not, and to list it while an open met no database at all, so one answer is not the last word.
 */
export async function requireAppDatabase(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await appDatabaseMade(page))) {
    if (Date.now() > deadline) {
      const problem = await page.locator('[role="alert"]').allTextContents();
      throw new Error(`The app did not make its database in ${timeout} ms${problem.length ? `; the page says: ${problem.join(' / ')}` : ''}`);
    }
    await page
      .waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'rehearse'), undefined, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 100,
      })
      .catch(() => undefined);
  }
}

/** Every record of `store`, as the page reads it (none before the app has made its database); the connection is closed again. */
export async function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  if (!(await appDatabaseMade(page))) return [];
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('rehearse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (req.result.close(), resolve(all.result as T[]));
          all.onerror = () => (req.result.close(), reject(all.error));
        };
      }),
    store,
  );
}
