/** Small preferences (theme, target answer length, …) as key → value. */
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { STORES, type RehearseDb } from './schema.ts';

/**
 * The stored value, or `fallback` when there is none — or when the stored value is of another
 * primitive type than the fallback (left by an older version), so callers get what they expect.
 */
export async function getSetting<T>(db: RehearseDb, key: string, fallback: T): Promise<T> {
  const stored: unknown = await db.get(STORES.settings, key);
  if (stored === undefined) return fallback;
  if (fallback !== null && fallback !== undefined && typeof stored !== typeof fallback) return fallback;
  return stored as T;
}

export function setSetting(db: RehearseDb, key: string, value: unknown): Promise<Result<void>> {
  return tx(db, [STORES.settings], 'readwrite', async (t) => {
    await t.objectStore(STORES.settings).put(value, key);
  });
}
