import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DB_VERSION } from '../../src/store/schema';

/** A record for a store; `bytes` puts an ArrayBuffer (which cannot cross into the page as is) in `value[field]`. */
export interface SeedRow {
  store: string;
  value: unknown;
  bytes?: { field: string; data: number[] };
}

/**
 * Writes records straight into the app's database, at the app's version, once the app has made it (a drawn page
 * shows before the app runs). Chromium lists the database at its new version while the app is still creating it
 * (seen under load: an open then met version 0), so an open that would create or upgrade it is aborted and tried
 * again on the next frame, at most 20 times; a storage problem the app shows meanwhile fails the test.
 */
export async function seedAppDatabase(page: Page, rows: SeedRow[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.waitForFunction(async (version) => (await indexedDB.databases()).some((d) => d.name === 'rehearse' && d.version === version), DB_VERSION);
    const outcome = await page.evaluate(
      ({ batch, version }) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('rehearse', version);
          open.onerror = () => (open.error?.name === 'AbortError' ? undefined : reject(open.error));
          open.onupgradeneeded = (event) => {
            open.transaction?.abort(); // never create or change it from here
            resolve(`the app's database was at version ${event.oldVersion}, not ${version}`);
          };
          open.onsuccess = () => {
            const db = open.result;
            try {
              const tx = db.transaction([...new Set(batch.map((r) => r.store))], 'readwrite');
              for (const { store, value, bytes } of batch)
                tx.objectStore(store).put(bytes ? { ...(value as object), [bytes.field]: new Uint8Array(bytes.data).buffer } : value);
              tx.oncomplete = () => (db.close(), resolve('written'));
              tx.onerror = () => reject(tx.error);
            } catch (error) {
              // Fail at once, naming what the database holds, rather than leave the test hanging.
              db.close();
              reject(new Error(`${String(error)}; the database holds: ${Array.from(db.objectStoreNames).join(', ')}`));
            }
          };
        }),
      { batch: rows, version: DB_VERSION },
    );
    if (outcome === 'written') return;
    // Not a failed open of the app's own: that would be a bug, said on screen.
    expect(await page.locator('.banner[role=alert]').allTextContents()).toEqual([]);
    if (attempt === 20) throw new Error(outcome);
    console.warn(`seeding tried again (attempt ${attempt}): ${outcome}`); // in the log, to learn more of the race
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  }
}
