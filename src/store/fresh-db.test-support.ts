/** For store tests: a new, empty database (fake-indexeddb) before each test, closed after it. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { openDb } from './db.ts';
import type { RehearseDb } from './schema.ts';

export function useFreshDb(set: (db: RehearseDb) => void): void {
  let db: RehearseDb | undefined;
  beforeEach(async () => {
    db = await openDb({ factory: new IDBFactory() });
    set(db);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db?.close();
  });
}
