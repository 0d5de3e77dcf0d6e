/** Small preferences (theme, target answer length, …) as key → value. */
import { reportBadRecord } from './attention.ts';
import { checkRecord } from './checked.ts';
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { STORES, type RehearseDb } from './schema.ts';

/**
 * The stored value, or `fallback` when there is none — or when the stored value is not a plain value
 * or is of another type than the fallback (left by an older version): then it is reported too.
 */
export async function getSetting<T>(db: RehearseDb, key: string, fallback: T): Promise<T> {
  const stored: unknown = await db.get(STORES.settings, key);
  if (stored === undefined) return fallback;
  const value = checkRecord('setting', stored, key);
  if (value === undefined) return fallback;
  if (fallback !== null && fallback !== undefined && typeof value !== typeof fallback) {
    reportBadRecord({ kind: 'setting', key, problem: `should be ${typeof fallback}, not ${JSON.stringify(value)}` });
    return fallback;
  }
  return value as T;
}

export function setSetting(db: RehearseDb, key: string, value: unknown): Promise<Result<void>> {
  return tx(db, [STORES.settings], 'readwrite', async (t) => {
    await t.objectStore(STORES.settings).put(value, key);
  });
}
