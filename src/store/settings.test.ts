import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './fresh-db.test-support.ts';
import type { RehearseDb } from './schema.ts';
import { getSetting, setSetting } from './settings.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

describe('settings', () => {
  it('gives the fallback until set, then the stored value', async () => {
    expect(await getSetting(db, 'targetSeconds', 120)).toBe(120);
    expect(await setSetting(db, 'targetSeconds', 90)).toEqual({ ok: true, value: undefined });
    expect(await getSetting(db, 'targetSeconds', 120)).toBe(90);
    await setSetting(db, 'targetSeconds', 60);
    expect(await getSetting(db, 'targetSeconds', 120)).toBe(60);
  });

  it('stores structured values', async () => {
    await setSetting(db, 'lastRound', { preset: 'openai', count: 5 });
    expect(await getSetting(db, 'lastRound', { preset: '', count: 0 })).toEqual({ preset: 'openai', count: 5 });
  });

  it('falls back when the stored value has another type than expected', async () => {
    await setSetting(db, 'theme', 42);
    expect(await getSetting(db, 'theme', 'system')).toBe('system');
  });

  it('reports a full disk as a value', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await setSetting(db, 'theme', 'dark');
    expect(!result.ok && result.problem.kind).toBe('quota');
    expect(await getSetting(db, 'theme', 'system')).toBe('system');
  });
});
