import type { Page } from 'playwright-core';
import { DB_VERSION } from '../../src/store/schema';
import { requireAppDatabase } from './db';

/** A record for a store; `bytes` puts an ArrayBuffer (which cannot cross into the page as is) in `value[field]`. */
export interface SeedRow {
  store: string;
  value: unknown;
  bytes?: { field: string; data: number[] };
}

/**
 * Writes records straight into the app's database once the app has made it (see requireAppDatabase: a drawn page
 * shows before the app runs, and Chromium lists a database while it is still being made). It opens at the app's
 * version and never creates or upgrades the database itself: an open that would is a failure, named.
 */
export async function seedAppDatabase(page: Page, rows: SeedRow[]): Promise<void> {
  await requireAppDatabase(page);
  await page.evaluate(
    ({ batch, version }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rehearse', version);
        open.onerror = () => (open.error?.name === 'AbortError' ? undefined : reject(open.error));
        open.onupgradeneeded = (event) => {
          open.transaction?.abort(); // never create or change it from here
          reject(new Error(`the app's database was at version ${event.oldVersion}, not ${version}`));
        };
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction([...new Set(batch.map((r) => r.store))], 'readwrite');
            for (const { store, value, bytes } of batch)
              tx.objectStore(store).put(bytes ? { ...(value as object), [bytes.field]: new Uint8Array(bytes.data).buffer } : value);
            tx.oncomplete = () => (db.close(), resolve());
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
}
